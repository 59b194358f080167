import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { formatDateTime } from "@/lib/format";
import { Cell, DataTable, Row } from "@/components/table";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const user = await requirePageUser("audit.view");
  const events = await listAuditEvents(user);
  const chain = await verifyAuditChain(user);
  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <h1 id="audit-title" className="text-2xl font-bold">
        Audit log
      </h1>
      <p
        role="status"
        className={
          chain.isIntact ? "border-l-4 border-green-700 bg-green-50 p-3" : "border-l-4 border-red-700 bg-red-50 p-3"
        }
      >
        {chain.isIntact
          ? `Integrity check passed: all ${chain.checked} events are intact and in order.`
          : `Integrity check FAILED at event ${chain.firstBrokenId}: the log has been tampered with.`}
      </p>
      {events.length === 0 ? (
        <p>No events yet.</p>
      ) : (
        <DataTable
          columns={["When", "Who", "Event", "Record", "Detail"]}
          caption={<>The latest {events.length} audit events, newest first</>}
        >
          {events.map((event) => (
            <Row key={event.id} top>
              <Cell className="whitespace-nowrap">{formatDateTime(event.occurredAt)}</Cell>
              <Cell>{event.actorName}</Cell>
              <Cell className="font-mono">{event.type}</Cell>
              <Cell>{event.entityType}</Cell>
              <Cell className="font-mono text-xs">{JSON.stringify(event.payload)}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
