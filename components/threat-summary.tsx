import { formatDateTime, humanize } from "@/lib/format";
import type { Threats } from "@/lib/levels/read-threats";

export function ThreatSummary({ threats }: { threats: Threats }) {
  const rows = [
    ["National threat level", threats.national],
    ["Police-sector threat level", threats.policeSector],
  ] as const;
  return (
    <dl className="grid gap-2 sm:grid-cols-2">
      {rows.map(([label, threat]) => (
        <div key={label} className="rounded border border-gray-300 bg-white p-3">
          <dt className="text-sm text-gray-700">{label}</dt>
          <dd className="text-lg font-bold" data-testid={`threat-${label}`}>
            {threat ? humanize(threat.level) : "Not recorded"}
          </dd>
          {threat && (
            <dd className="text-sm text-gray-700">
              Since {formatDateTime(threat.recordedAt)} · {threat.source}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
