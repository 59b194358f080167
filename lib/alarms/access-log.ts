import "server-only";
import type { TokenCaller } from "@/lib/api-tokens/bearer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";

/** Who consulted the record: a person, or another system through its API token. */
export type Reader = CurrentUser | TokenCaller;

const isToken = (reader: Reader): reader is TokenCaller => "tokenId" in reader;

/**
 * DPA 2018 s62: one consultation of a request's personal data, in its access log and the audit
 * trail. A search's terms (an address, a phone number) are kept apart, to be erased with the record.
 */
export async function logPersonalDataAccess(
  tx: Tx,
  reader: Reader,
  request: { id: string; number: string },
  justification: string,
  searchTerm?: string,
) {
  const who = isToken(reader) ? { apiTokenId: reader.tokenId } : { userId: reader.id };
  const access = await tx.alarmAccess.create({
    data: { requestId: request.id, ...who, justification, searchTerm },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    type: "alarm.personalDataAccessed",
    actorId: isToken(reader) ? null : reader.id,
    entityType: "AlarmRequest",
    entityId: request.id,
    payload: {
      number: request.number,
      accessId: access.id,
      ...(isToken(reader) && { apiToken: reader.name }),
    },
  });
  return access;
}
