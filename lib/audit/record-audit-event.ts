import "server-only";
import type { Tx } from "@/lib/db";
import { sealSoon } from "@/lib/audit/sealer";
import { AUDIT_PAYLOADS, type AuditEventInput, type AuditEventType } from "@/lib/audit/events";

/**
 * Writes an audit event inside the caller's transaction, so the change and its record commit
 * together. It takes no lock: the event is linked into the hash chain after commit, by one writer
 * (docs/decisions/018-writes-without-a-global-lock.md); the database refuses later edits.
 */
export async function recordAuditEvent<T extends AuditEventType>(tx: Tx, event: AuditEventInput<T>) {
  const payload = AUDIT_PAYLOADS[event.type].parse(event.payload);
  await tx.auditEvent.create({
    data: { ...event, payload },
    select: { id: true },
  });
  sealSoon();
}

/** Several audit events in one statement, in the caller's transaction (a batch job's work). */
export async function recordAuditEvents<T extends AuditEventType>(tx: Tx, events: AuditEventInput<T>[]) {
  if (events.length === 0) return;
  await tx.auditEvent.createMany({
    data: events.map((event) => ({ ...event, payload: AUDIT_PAYLOADS[event.type].parse(event.payload) })),
  });
  sealSoon();
}
