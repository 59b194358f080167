import "server-only";
import { alarmScope } from "@/lib/alarms/access";
import { activationSchema } from "@/lib/alarms/schemas";
import { LIVE_STATUSES } from "@/lib/alarms/transitions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidField } from "@/lib/http/params";

/** An activation of a live alarm and its outcome: the evidence for extending or removing it. */
export async function recordActivation(user: CurrentUser, requestId: string, input: unknown, now = new Date()) {
  if (!can(user.roles, "alarm.decide") && !can(user.roles, "alarm.request")) throw new AppError("FORBIDDEN", "You may not record alarm activations.");
  uuidField(requestId, "requestId", "Choose an alarm request");
  const activation = parseInput(activationSchema, input);
  if (activation.occurredAt.getTime() > now.getTime() + 60_000) {
    throw new AppError("VALIDATION", "The activation cannot be in the future.", { occurredAt: ["The activation cannot be in the future"] });
  }
  const request = await db.alarmRequest.findFirst({ where: { AND: [{ id: requestId }, alarmScope(user)] }, select: { id: true, number: true, status: true, installedAt: true } });
  if (!request) throw new AppError("NOT_FOUND", "There is no alarm request here that you may act on.");
  if (!LIVE_STATUSES.includes(request.status)) throw new AppError("CONFLICT", "Activations are recorded only for a live alarm.");
  if (request.installedAt && activation.occurredAt < request.installedAt) {
    throw new AppError("VALIDATION", "The activation is before the alarm was installed.", { occurredAt: ["The activation is before the alarm was installed"] });
  }
  return db.$transaction(async (tx) => {
    const created = await tx.alarmActivation.create({
      data: { requestId, ...activation, recordedById: user.id, recordedAt: now },
      select: { id: true, occurredAt: true, outcome: true },
    });
    await recordAuditEvent(tx, {
      type: "alarm.activationRecorded", actorId: user.id, entityType: "AlarmRequest", entityId: requestId,
      payload: { number: request.number, outcome: activation.outcome },
    });
    return created;
  });
}
