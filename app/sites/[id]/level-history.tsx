import { formatDateTime, humanize } from "@/lib/format";
import type { readLevelHistory } from "@/lib/levels/read-site-checklist";
import { Cell, DataTable, Row } from "@/components/table";
import { Section } from "@/components/section";
import { Pager } from "@/components/pager";
import type { Query } from "@/lib/sorting";

type History = Awaited<ReturnType<typeof readLevelHistory>>;

/** The changes that touched a site, newest first, a page at a time (`?history=2`). */
export function LevelHistory({ history, query }: { history: History; query: Query }) {
  return (
    <Section id="history-title" title="History of changes" className="space-y-2">
      {history.total === 0 ? (
        <p>No changes yet.</p>
      ) : (
        <DataTable columns={["When", "Who", "What", "Why"]}>
          {history.items.map((change) => (
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
      <Pager label="History of changes" param="history" page={history} query={query} />
    </Section>
  );
}
