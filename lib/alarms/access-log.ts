import "server-only";
import type { TokenCaller } from "@/lib/api-tokens/bearer";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";

/** Who consulted the record: a person, or another system through its API token. */
export type Reader = CurrentUser | TokenCaller;

const isToken = (reader: Reader): reader is TokenCaller => "tokenId" in reader;

/** Who read, as the access log and the audit trail name them. */
function readerOf(reader: Reader) {
  return isToken(reader)
    ? { access: { apiTokenId: reader.tokenId }, actorId: null, named: { apiToken: reader.name } }
    : { access: { userId: reader.id }, actorId: reader.id, named: {} };
}

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
  const who = readerOf(reader);
  const access = await tx.alarmAccess.create({
    data: { requestId: request.id, ...who.access, justification, searchTerm },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    type: "alarm.personalDataAccessed",
    actorId: who.actorId,
    entityType: "AlarmRequest",
    entityId: request.id,
    payload: { number: request.number, accessId: access.id, ...who.named },
  });
  return access;
}

/**
 * DPA 2018 s62 for a hazard search: one access row naming every record it found and showed, and
 * one audit event, however many matched. The search's terms are erased with any of those records.
 */
export async function logHazardSearch(
  tx: Tx,
  reader: Reader,
  found: { id: string; number: string }[],
  searchTerm: string,
) {
  const who = readerOf(reader);
  const access = await tx.alarmAccess.create({
    data: {
      requestIds: found.map((request) => request.id),
      ...who.access,
      justification: "Hazard check before attending",
      searchTerm,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    type: "alarm.hazardsSearched",
    actorId: who.actorId,
    entityType: "AlarmAccess",
    entityId: access.id,
    payload: { numbers: found.map((request) => request.number), ...who.named },
  });
  return access;
}

/** A record's access log: the consultations that opened it and the searches that found it. */
export const consultationsOf = (requestId: string) => ({
  OR: [{ requestId }, { requestIds: { has: requestId } }],
});

/** The consultations of any of these records. */
export const consultationsOfAny = (requestIds: string[]) => ({
  OR: [{ requestId: { in: requestIds } }, { requestIds: { hasSome: requestIds } }],
});
