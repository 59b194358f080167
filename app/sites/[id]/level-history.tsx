import { formatDateTime, humanize } from "@/lib/format";
import type { readLevelHistory } from "@/lib/levels/read-site-checklist";
import { TableHead, tableClass } from "@/components/table";

type History = Awaited<ReturnType<typeof readLevelHistory>>;

export function LevelHistory({ history }: { history: History }) {
  return (
    <section aria-labelledby="history-title" className="space-y-2">
      <h2 id="history-title" className="text-xl font-semibold">
        History of changes
      </h2>
      {history.length === 0 ? (
        <p>No changes yet.</p>
      ) : (
        <table className={tableClass}>
          <TableHead columns={["When", "Who", "What", "Why"]} />
          <tbody>
            {history.map((change) => (
              <tr key={change.id} className="border-b border-gray-200 align-top">
                <td className="p-2 whitespace-nowrap">{formatDateTime(change.occurredAt)}</td>
                <td className="p-2">{change.actorName}</td>
                <td className="p-2">
                  {humanize(change.kind)}: {change.fromLevel} → {change.toLevel}
                  {change.expiresAt && ` until ${formatDateTime(change.expiresAt)}`}
                </td>
                <td className="p-2">{change.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
