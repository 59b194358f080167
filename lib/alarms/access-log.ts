import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";

/**
 * DPA 2018 s62: one consultation of a request's personal data, in its access log and the audit
 * trail. A search's terms (an address, a phone number) are kept apart, to be erased with the record.
 */
export async function logPersonalDataAccess(
  tx: Tx,
  user: CurrentUser,
  request: { id: string; number: string },
  justification: string,
  searchTerm?: string,
) {
  const access = await tx.alarmAccess.create({
    data: { requestId: request.id, userId: user.id, justification, searchTerm },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    type: "alarm.personalDataAccessed",
    actorId: user.id,
    entityType: "AlarmRequest",
    entityId: request.id,
    payload: { number: request.number, accessId: access.id },
  });
  return access;
}
