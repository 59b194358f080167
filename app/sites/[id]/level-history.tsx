import { formatDateTime, humanize } from "@/lib/format";
import type { readLevelHistory } from "@/lib/levels/read-site-checklist";
import { Cell, tableClass, TableHead } from "@/components/table";
import { Section } from "@/components/section";

type History = Awaited<ReturnType<typeof readLevelHistory>>;

export function LevelHistory({ history }: { history: History }) {
  return (
    <Section id="history-title" title="History of changes" className="space-y-2">
      {history.length === 0 ? (
        <p>No changes yet.</p>
      ) : (
        <table className={tableClass}>
          <TableHead columns={["When", "Who", "What", "Why"]} />
          <tbody>
            {history.map((change) => (
              <tr key={change.id} className="border-b border-gray-200 align-top">
                <Cell className="whitespace-nowrap">{formatDateTime(change.occurredAt)}</Cell>
                <Cell>{change.actorName}</Cell>
                <Cell>
                  {humanize(change.kind)}: {change.fromLevel} → {change.toLevel}
                  {change.expiresAt && ` until ${formatDateTime(change.expiresAt)}`}
                </Cell>
                <Cell>{change.reason}</Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
