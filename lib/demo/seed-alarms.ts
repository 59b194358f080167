import { requestAlarm } from "@/lib/alarms/request-alarm";
import { recordAlarmCall } from "@/lib/alarms/record-alarm-call";
import { transitionAlarmRequest } from "@/lib/alarms/transition-alarm";
import type { CurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import { DEMO_ALARMS } from "@/lib/demo/alarms";
import { DAY } from "@/lib/time";

const USER_SELECT = { id: true, username: true, displayName: true, roles: true, homeSiteId: true } as const;

/** About 40 units in stock and a dozen requests in every state, made through the domain functions. Idempotent. */
export async function seedAlarms(db: Db, now = new Date()) {
  if (await db.alarmUnit.count()) return;
  const units = [
    ...Array.from({ length: 25 }, (_, index) => ({
      assetTag: `PA-${String(index + 1).padStart(4, "0")}`,
      type: "PERSONAL_ATTACK" as const,
    })),
    ...Array.from({ length: 15 }, (_, index) => ({
      assetTag: `IN-${String(index + 1).padStart(4, "0")}`,
      type: "INTRUDER" as const,
    })),
  ];
  await db.alarmUnit.createMany({ data: units });
  const created = await db.alarmUnit.findMany({ select: { id: true } });
  await db.unitMovement.createMany({
    data: created.map((unit) => ({
      unitId: unit.id,
      kind: "RECEIVED" as const,
      occurredAt: new Date(now.getTime() - 200 * DAY),
    })),
  });

  const user = (username: string): Promise<CurrentUser> =>
    db.user.findUniqueOrThrow({ where: { username }, select: USER_SELECT });
  const [officer, approver, installer] = await Promise.all([user("officer"), user("approver"), user("installer")]);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  for (const demo of DEMO_ALARMS) {
    const request = await requestAlarm(officer, demo.request, ago(demo.requestedDaysAgo));
    for (const step of demo.steps) {
      const at = ago(step.daysAgo);
      const actor = ["install", "remove"].includes(step.action) ? installer : approver;
      const input: Record<string, unknown> = { action: step.action, note: step.note, ...step.extra };
      const reviewDueAt = new Date(now.getTime() + Number(step.extra?.reviewInDays) * DAY);
      if (step.action === "install") {
        const type = demo.request.alarmType as "PERSONAL_ATTACK" | "INTRUDER";
        const unit = await db.alarmUnit.findFirstOrThrow({
          where: { status: "IN_STOCK", type },
          orderBy: { assetTag: "asc" },
          select: { id: true },
        });
        Object.assign(input, { unitId: unit.id, installedAt: at, reviewInDays: undefined });
      }
      await transitionAlarmRequest(actor, request.id, input, at);
      // The domain refuses a review date in the past; the demo wants reviews due soon and overdue.
      if (step.action === "install") await db.alarmRequest.update({ where: { id: request.id }, data: { reviewDueAt } });
    }
    for (const call of demo.calls ?? []) {
      await recordAlarmCall(approver, request.id, { occurredAt: ago(call.daysAgo), outcome: call.outcome });
    }
  }
}
