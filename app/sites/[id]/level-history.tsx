import { formatDateTime, humanize } from "@/lib/format";
import type { readLevelHistory } from "@/lib/levels/read-site-checklist";
import { Cell, DataTable, Row } from "@/components/table";
import { Section } from "@/components/section";

type History = Awaited<ReturnType<typeof readLevelHistory>>;

export function LevelHistory({ history }: { history: History }) {
  return (
    <Section id="history-title" title="History of changes" className="space-y-2">
      {history.length === 0 ? (
        <p>No changes yet.</p>
      ) : (
        <DataTable columns={["When", "Who", "What", "Why"]}>
          {history.map((change) => (
            <Row key={change.id} top>
              <Cell className="whitespace-nowrap">{formatDateTime(change.occurredAt)}</Cell>
              <Cell>{change.actorName}</Cell>
              <Cell>
                {humanize(change.kind)}: {change.fromLevel} → {change.toLevel}
                {change.expiresAt && ` until ${formatDateTime(change.expiresAt)}`}
              </Cell>
              <Cell>{change.reason}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
