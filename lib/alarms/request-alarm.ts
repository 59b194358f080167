import "server-only";
import { alarmConfig, estimatedCost } from "@/lib/alarms/config";
import { phoneKey } from "@/lib/alarms/phone";
import { postcodeKey } from "@/lib/alarms/postcode";
import { alarmRequestSchema } from "@/lib/alarms/schemas";
import { liveAlarmAt } from "@/lib/alarms/address-check";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";

/**
 * An officer's request. The district comes from the officer's home site (facts for reporting);
 * the officer is told if a live alarm already protects that address.
 */
export async function requestAlarm(user: CurrentUser, input: unknown, now = new Date()) {
  requirePermission(user, "alarm.request");
  const { reference, maracDate, ...request } = parseInput(alarmRequestSchema, input);
  const key = postcodeKey(request.postcode);
  const home = user.homeSiteId
    ? await db.site.findUnique({ where: { id: user.homeSiteId }, select: { district: true } })
    : null;
  return db.$transaction(async (tx) => {
    const [{ next }] = await tx.$queryRaw<{ next: bigint }[]>`SELECT nextval('"AlarmRequest_number_seq"') AS next`;
    const number = `TPA-${now.getUTCFullYear()}-${String(next).padStart(5, "0")}`;
    const existing = await tx.alarmRequest.findFirst({ where: liveAlarmAt(request), select: { number: true } });
    const created = await tx.alarmRequest.create({
      data: {
        ...request,
        maracDate: request.maracHeard ? maracDate : null,
        number,
        postcodeKey: key,
        phoneKey: phoneKey(request.contactPhone),
        crimeReference: reference,
        district: home?.district ?? "Unassigned",
        estimatedCost: estimatedCost(request.periodDays, alarmConfig()),
        requestedById: user.id,
        requestedAt: now,
        transitions: { create: { action: "request", toStatus: "REQUESTED", actorId: user.id, occurredAt: now } },
      },
      select: { id: true, number: true, status: true, estimatedCost: true },
    });
    await recordAuditEvent(tx, {
      type: "alarm.requested",
      actorId: user.id,
      entityType: "AlarmRequest",
      entityId: created.id,
      payload: {
        number,
        reasonCategory: request.reasonCategory,
        alarmType: request.alarmType,
        periodDays: request.periodDays,
        riskGrade: request.riskGrade,
        maracHeard: request.maracHeard,
      },
    });
    return {
      id: created.id,
      number,
      reference,
      status: created.status,
      estimatedCost: created.estimatedCost,
      existingLiveAlarm: existing?.number ?? null,
    };
  });
}
