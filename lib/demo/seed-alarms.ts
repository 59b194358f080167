import { consultPersonalData } from "@/lib/alarms/read-alarm";
import { queueRecordReviews } from "@/lib/alarms/records-review";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import { moveAlarmUnit } from "@/lib/alarms/unit-custody";
import { recordAlarmCall } from "@/lib/alarms/record-alarm-call";
import { transitionAlarmRequest } from "@/lib/alarms/transition-alarm";
import type { CurrentUser } from "@/lib/auth/session";
import { readCurrentUser } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db";
import { DEMO_ALARMS } from "@/lib/demo/alarms";
import { DAY } from "@/lib/time";

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

  const user = (username: string): Promise<CurrentUser> => readCurrentUser({ username }, db);
  const [officer, approver, installer, controlRoom] = await Promise.all(
    ["officer", "approver", "installer", "controlroom"].map(user),
  );
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const actorOf = (action: string) =>
    ["install", "remove"].includes(action) ? installer : action === "confirm-live" ? controlRoom : approver;
  for (const [index, demo] of DEMO_ALARMS.entries()) {
    const input = { ...riskRecord(index, ago(demo.requestedDaysAgo + 1), demo.request.alarmType), ...demo.request };
    const request = await requestAlarm(officer, input, ago(demo.requestedDaysAgo));
    for (const step of demo.steps) {
      const at = ago(step.daysAgo);
      const actor = actorOf(step.action);
      if (step.action === "approve" || step.action === "reject")
        await consultPersonalData(actor, request.id, { reason: "Reading the risk summary to decide the request" });
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
  await seedUnitsInEveryStatus(db, installer);
  await queueRecordReviews(now);
}

const CODEWORDS = ["bluebell", "harbour", "lantern", "meadow", "falcon", "copper", "willow"];
const GRADES = ["HIGH", "MEDIUM", "STANDARD"] as const;

/** A full risk record for each invented request, varied so that lists and lookups show every case. */
function riskRecord(index: number, assessedOn: Date, alarmType: unknown) {
  const grade = GRADES[index % GRADES.length];
  return {
    riskGrade: grade,
    riskAssessedOn: assessedOn.toISOString().slice(0, 10),
    maracHeard: grade === "HIGH" ? "yes" : "no",
    maracDate: grade === "HIGH" ? assessedOn.toISOString().slice(0, 10) : undefined,
    codeword: CODEWORDS[index % CODEWORDS.length],
    safeContact: "Mobile only, weekdays 9am to 3pm; never leave a voicemail.",
    accessNotes: index % 2 ? "Side gate, code held by the control room." : "Front door; dog in the house.",
    occupierConsent: "yes",
    ...(alarmType === "INTRUDER" && { keyholders: "Neighbour at no. 3 (07700 900199)", setUnsetBy: "The occupier" }),
  };
}

/** Beyond those fitted and returned: a unit lost, one in repair, one faulty, one retired. */
async function seedUnitsInEveryStatus(db: Db, installer: CurrentUser) {
  const tag = (assetTag: string) => db.alarmUnit.findUniqueOrThrow({ where: { assetTag }, select: { id: true } });
  const moves: [string, string, string?][] = [
    ["PA-0024", "LOST", "Not returned from a fitting at a refuge; last seen in the van on Tuesday."],
    ["PA-0023", "FAULTY"],
    ["PA-0023", "IN_REPAIR"],
    ["PA-0022", "FAULTY", "Battery does not hold charge."],
    ["IN-0015", "FAULTY"],
    ["IN-0015", "RETIRED", "Beyond economic repair."],
  ];
  for (const [assetTag, to, note] of moves) {
    await moveAlarmUnit(installer, (await tag(assetTag)).id, { to, note });
  }
}
