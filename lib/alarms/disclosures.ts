import "server-only";
import { alarmScope, NOT_VISIBLE, personalViewOf } from "@/lib/alarms/access";
import { disclosureSchema } from "@/lib/alarms/schemas";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/http/params";

/**
 * `POST /api/alarms/{id}/disclosures`: personal data of a request given to someone outside the app
 * (a MARAC partner, social services, another force), to whom, on what basis, what (DPA 2018 s62).
 * Recorded by those who may read all of it: the officer in the case and approvers.
 */
export async function recordDisclosure(user: CurrentUser, id: string, input: unknown, now = new Date()) {
  const scope = alarmScope(user);
  uuidOrNotFound(id, NOT_VISIBLE);
  const request = await db.alarmRequest.findFirst({
    where: { AND: [{ id }, scope] },
    select: { id: true, number: true, status: true, requestedById: true, liveConfirmedAt: true, erasedAt: true },
  });
  if (!request) throw new AppError("NOT_FOUND", NOT_VISIBLE);
  if (personalViewOf(user, request) !== "full")
    throw new AppError("FORBIDDEN", "Only the officer in the case or an approver records a disclosure.");
  const disclosure = parseInput(disclosureSchema, input);
  if (disclosure.disclosedAt.getTime() > now.getTime() + 60_000) {
    throw new AppError("VALIDATION", "The disclosure cannot be in the future.", {
      disclosedAt: ["The disclosure cannot be in the future"],
    });
  }
  return db.$transaction(async (tx) => {
    const created = await tx.alarmDisclosure.create({
      data: { requestId: id, ...disclosure, recordedById: user.id, recordedAt: now },
      select: { id: true, recipient: true, organisation: true, lawfulBasis: true, details: true, disclosedAt: true },
    });
    await recordAuditEvent(tx, {
      type: "alarm.personalDataDisclosed",
      actorId: user.id,
      entityType: "AlarmRequest",
      entityId: id,
      payload: { number: request.number, disclosureId: created.id, organisation: disclosure.organisation },
    });
    return created;
  });
}
