import "server-only";
import { alarmScope } from "@/lib/alarms/access";
import { alarmCallSchema } from "@/lib/alarms/schemas";
import { callTriggersReview, evidenceWindowStart } from "@/lib/alarms/review-evidence";
import { isLive } from "@/lib/alarms/transitions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidField } from "@/lib/http/params";

/**
 * A call from a live alarm (it went off) and its outcome: the evidence for extending or removing
 * it. A genuine call, or the third false one in twelve months, puts the alarm in "review now".
 */
export async function recordAlarmCall(user: CurrentUser, requestId: string, input: unknown, now = new Date()) {
  if (!can(user.roles, "alarm.decide") && !can(user.roles, "alarm.request") && !can(user.roles, "alarm.lookup"))
    throw new AppError("FORBIDDEN", "You may not record alarm calls.");
  uuidField(requestId, "requestId", "Choose an alarm request");
  const call = parseInput(alarmCallSchema, input);
  if (call.occurredAt.getTime() > now.getTime() + 60_000) {
    throw new AppError("VALIDATION", "The alarm call cannot be in the future.", {
      occurredAt: ["The alarm call cannot be in the future"],
    });
  }
  const request = await db.alarmRequest.findFirst({
    where: { AND: [{ id: requestId }, alarmScope(user)] },
    select: { id: true, number: true, status: true, installedAt: true, liveConfirmedAt: true },
  });
  if (!request) throw new AppError("NOT_FOUND", "There is no alarm request here that you may act on.");
  if (!isLive(request)) throw new AppError("CONFLICT", "Alarm calls are recorded only for a live alarm.");
  if (request.installedAt && call.occurredAt < request.installedAt) {
    throw new AppError("VALIDATION", "The alarm call is before the alarm was installed.", {
      occurredAt: ["The alarm call is before the alarm was installed"],
    });
  }
  return db.$transaction(async (tx) => {
    const created = await tx.alarmCall.create({
      data: { requestId, ...call, recordedById: user.id, recordedAt: now },
      select: { id: true, occurredAt: true, outcome: true },
    });
    const earlier = await tx.alarmCall.findMany({
      where: { requestId, id: { not: created.id }, occurredAt: { gte: evidenceWindowStart(now) } },
      select: { id: true, occurredAt: true, outcome: true },
    });
    if (callTriggersReview(created, earlier, now)) {
      await tx.alarmRequest.updateMany({
        where: { id: requestId, reviewNowSince: null },
        data: { reviewNowSince: now },
      });
    }
    await recordAuditEvent(tx, {
      type: "alarm.callRecorded",
      actorId: user.id,
      entityType: "AlarmRequest",
      entityId: requestId,
      payload: { number: request.number, outcome: call.outcome },
    });
    return created;
  });
}
