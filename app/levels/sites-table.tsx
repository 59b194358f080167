import Link from "next/link";
import { LevelBadge } from "@/components/level-badge";
import { rowClass, TableHead, tableClass } from "@/components/table";
import { formatDateTime } from "@/lib/format";
import type { SitePosture } from "@/lib/levels/read-posture";

/** Every site's effective level, override and checklist progress, for the force overview. */
export function SitesTable({ sites }: { sites: SitePosture[] }) {
  return (
    <table className={tableClass}>
      <caption className="sr-only">Sites, {sites.length} shown</caption>
      <TableHead columns={["Site", "District", "Effective level", "Override", "Checklist", "Overdue"]} />
      <tbody>
        {sites.map((site) => (
          <tr key={site.id} className={rowClass} data-testid={`site-row-${site.code}`}>
            <th scope="row" className="p-2 font-medium">
              <Link href={`/sites/${site.id}`} className="underline">
                {site.code} {site.name}
              </Link>
            </th>
            <td className="p-2">{site.district}</td>
            <td className="p-2">
              <LevelBadge level={site.effectiveLevel} />{" "}
              <span className="text-gray-700">since {formatDateTime(site.since)}</span>
            </td>
            <td className="p-2">
              {site.override ? `${site.override.level} until ${formatDateTime(site.override.expiresAt)}` : "—"}
            </td>
            <td className="p-2">
              {site.checklist && site.checklist.total > 0
                ? `${site.checklist.considered} of ${site.checklist.total} considered`
                : "—"}
            </td>
            <td className="p-2">
              {site.checklist?.overdue ? (
                <strong className="text-red-800">{site.checklist.overdue} overdue</strong>
              ) : (
                "0"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
