import { beforeAll, describe, expect, it } from "vitest";
import { PERSONAL_COLUMNS } from "@/lib/alarms/columns";
import { alarmConfig } from "@/lib/alarms/config";
import { searchHazardMarkers } from "@/lib/alarms/hazards";
import { recordDisclosure } from "@/lib/alarms/disclosures";
import { lookUpAlarm } from "@/lib/alarms/call-lookup";
import { readAlarmQueues } from "@/lib/alarms/list-alarms";
import { consultPersonalData, readAlarmRequest } from "@/lib/alarms/read-alarm";
import { decideRecordReview, listRecordReviews, queueRecordReviews } from "@/lib/alarms/records-review";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import { transitionAlarmRequest } from "@/lib/alarms/transition-alarm";
import { finishStocktake, moveAlarmUnit, readStocktake, scanAssetTag, startStocktake } from "@/lib/alarms/unit-custody";
import { pageAlarmUnits, readAlarmUnit } from "@/lib/alarms/units";
import { db } from "@/lib/db";
import { DAY } from "@/lib/time";
import { statementsOf } from "../support/statements";
import { alarmSteps, createAlarmCast, type AlarmCast } from "./alarm-steps";
import { createAlarmUnit, VALID_ALARM_REQUEST } from "./factories";

let cast: AlarmCast;
let steps: ReturnType<typeof alarmSteps>;

beforeAll(async () => {
  cast = await createAlarmCast();
  steps = alarmSteps(cast);
});

describe("kit that can be lost, broken, repaired and retired", () => {
  it("finds a unit by the start of its asset tag, as typed or scanned, among the whole inventory", async () => {
    const unit = await createAlarmUnit();
    const found = await pageAlarmUnits(cast.installer, { tag: unit.assetTag.toLowerCase().slice(0, -1) });
    expect(found.items.map((item) => item.assetTag)).toContain(unit.assetTag);
    expect(found.items.every((item) => item.assetTag.startsWith(unit.assetTag.slice(0, -1)))).toBe(true);
    expect((await pageAlarmUnits(cast.installer, { tag: "ZZ-" })).items).toEqual([]);
  });

  it("moves a unit through repair and back to stock, keeping every move in its custody history", async () => {
    const unit = await createAlarmUnit();
    await moveAlarmUnit(cast.installer, unit.id, { to: "FAULTY" });
    await moveAlarmUnit(cast.installer, unit.id, { to: "IN_REPAIR", note: "Sent to the supplier" });
    const back = await moveAlarmUnit(cast.installer, unit.id, { to: "IN_STOCK" });
    expect(back.status).toBe("IN_STOCK");
    const history = await readAlarmUnit(cast.installer, unit.id);
    expect(history.movements.map((movement) => movement.kind)).toEqual([
      "REPAIRED",
      "SENT_FOR_REPAIR",
      "MARKED_FAULTY",
    ]);
    expect(history.movements[1].note).toBe("Sent to the supplier");
    expect(await db.auditEvent.count({ where: { entityId: unit.id, type: "unit.moved" } })).toBe(3);
  });

  it("refuses a move not in the table (409), a loss without a note (422), anyone but an installer (403)", async () => {
    const unit = await createAlarmUnit();
    await expect(moveAlarmUnit(cast.installer, unit.id, { to: "IN_REPAIR" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(moveAlarmUnit(cast.installer, unit.id, { to: "LOST" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { note: expect.any(Array) },
    });
    await expect(moveAlarmUnit(cast.installer, unit.id, { to: "MISSING" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { to: expect.any(Array) },
    });
    await expect(moveAlarmUnit(cast.approver, unit.id, { to: "FAULTY" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await moveAlarmUnit(cast.installer, unit.id, { to: "FAULTY" });
    await moveAlarmUnit(cast.installer, unit.id, { to: "RETIRED", note: "Cracked casing" });
    await expect(moveAlarmUnit(cast.installer, unit.id, { to: "IN_STOCK" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A retired unit stays retired.",
    });
    expect((await db.alarmUnit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("RETIRED");
  });

  it("puts an alarm whose fitted unit is lost in the approver's attention queue, and removes it without the unit", async () => {
    const alarm = await steps.liveAlarm();
    await moveAlarmUnit(cast.installer, alarm.unitId, { to: "LOST", note: "Victim reports the pendant lost" });
    const attention = (await readAlarmQueues(cast.approver, {})).attention;
    expect(attention?.items.map((item) => item.id)).toContain(alarm.id);
    await expect(moveAlarmUnit(cast.installer, alarm.unitId, { to: "IN_STOCK" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(alarm.number),
    });
    await transitionAlarmRequest(cast.approver, alarm.id, { action: "order-removal", note: "Unit lost: refit needed" });
    expect((await db.alarmRequest.findUniqueOrThrow({ where: { id: alarm.id } })).attentionSince).toBeNull();
    await transitionAlarmRequest(cast.installer, alarm.id, { action: "remove", unitCondition: "GOOD" });
    expect((await db.alarmUnit.findUniqueOrThrow({ where: { id: alarm.unitId } })).status).toBe("LOST");
    const found = await moveAlarmUnit(cast.installer, alarm.unitId, { to: "IN_STOCK", note: "Found in the van" });
    expect(found.status).toBe("IN_STOCK");
  });

  it("a stocktake lists the units missing from the store and the tags not expected there", async () => {
    const [present, missing, fitted] = await Promise.all([createAlarmUnit(), createAlarmUnit(), createAlarmUnit()]);
    await db.alarmUnit.update({ where: { id: fitted.id }, data: { status: "LOST" } });
    const stocktake = await startStocktake(cast.installer);
    await scanAssetTag(cast.installer, stocktake.id, { assetTag: present.assetTag.toLowerCase() });
    await scanAssetTag(cast.installer, stocktake.id, { assetTag: present.assetTag });
    await scanAssetTag(cast.installer, stocktake.id, { assetTag: fitted.assetTag });
    await scanAssetTag(cast.installer, stocktake.id, { assetTag: "ZZ-999999" });
    await expect(scanAssetTag(cast.installer, stocktake.id, { assetTag: "not a tag" })).rejects.toMatchObject({
      fields: { assetTag: expect.any(Array) },
    });
    const result = await readStocktake(cast.installer, stocktake.id);
    expect(result.scans).toHaveLength(3);
    const missingTags = result.missing.map((unit) => unit.assetTag);
    expect(missingTags).toContain(missing.assetTag);
    expect(missingTags).not.toContain(present.assetTag);
    expect(result.unexpected).toEqual([
      { assetTag: fitted.assetTag, unit: expect.objectContaining({ status: "LOST" }) },
      { assetTag: "ZZ-999999", unit: null },
    ]);
    const finished = await finishStocktake(cast.installer, stocktake.id);
    expect(finished.finishedAt).not.toBeNull();
    await expect(scanAssetTag(cast.installer, stocktake.id, { assetTag: missing.assetTag })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: stocktake.id, type: "stocktake.finished" },
    });
    expect(audit.payload).toMatchObject({ unexpected: [fitted.assetTag, "ZZ-999999"] });
    await expect(startStocktake(cast.officer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

/** A request run to its close, searched for by the control room, with its review date brought to now. */
async function finishedRecordDueForReview() {
  const alarm = await steps.liveAlarm({ postcode: "KB8 3RR", addressLine1: "9 Records Row" });
  await lookUpAlarm(cast.controlRoom, { q: "9 Records Row" });
  expect(await searchHazardMarkers(cast.officer, { q: "9 Records Row" })).toHaveLength(1);
  await recordDisclosure(cast.officer, alarm.id, {
    recipient: "Sam Worker, social worker",
    organisation: "Kingsbridge Children's Services",
    lawfulBasis: "DPA 2018 s35: safeguarding",
    details: "Name, address and risk grade",
    disclosedAt: new Date(),
  });
  await transitionAlarmRequest(cast.approver, alarm.id, { action: "order-removal", note: "Alex Example moved away" });
  await transitionAlarmRequest(cast.installer, alarm.id, { action: "remove", unitCondition: "GOOD" });
  await transitionAlarmRequest(cast.approver, alarm.id, { action: "close" });
  const closed = await db.alarmRequest.findUniqueOrThrow({ where: { id: alarm.id } });
  expect(closed.recordReviewDueAt?.getUTCFullYear()).toBe(
    closed.closedAt!.getUTCFullYear() + alarmConfig().ALARM_RECORD_REVIEW_YEARS,
  );
  // Six years pass.
  await db.alarmRequest.update({ where: { id: alarm.id }, data: { recordReviewDueAt: new Date(Date.now() - DAY) } });
  return alarm;
}

describe("MoPI records review", () => {
  it("queues a finished record at its review date and erases nothing", async () => {
    const alarm = await finishedRecordDueForReview();
    const { queued, disposed } = await queueRecordReviews(new Date(), { ...alarmConfig(), ALARM_AUTO_DISPOSE: false });
    expect(queued).toBeGreaterThanOrEqual(1);
    expect(disposed).toBe(0);
    const stored = await db.alarmRequest.findUniqueOrThrow({ where: { id: alarm.id } });
    expect(stored).toMatchObject({
      personName: "Alex Example",
      erasedAt: null,
      recordReviewQueuedAt: expect.any(Date),
    });
    const queue = await listRecordReviews(cast.approver, {});
    expect(queue.items.map((item) => item.id)).toContain(alarm.id);
    expect(JSON.stringify(queue)).not.toContain("Alex Example");
    await expect(listRecordReviews(cast.officer, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("RETAIN keeps everything, needs a reason and a next date, and leaves the queue", async () => {
    const alarm = await finishedRecordDueForReview();
    await queueRecordReviews();
    const before = await db.alarmRequest.findUniqueOrThrow({ where: { id: alarm.id } });
    await expect(decideRecordReview(cast.approver, alarm.id, { decision: "RETAIN" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { reason: expect.any(Array), nextReviewAt: expect.any(Array) },
    });
    const next = new Date(Date.now() + 365 * DAY);
    await decideRecordReview(cast.approver, alarm.id, {
      decision: "RETAIN",
      reason: "Linked to an ongoing stalking investigation",
      nextReviewAt: next,
    });
    const after = await db.alarmRequest.findUniqueOrThrow({ where: { id: alarm.id } });
    expect({ ...after, recordReviewQueuedAt: undefined, recordReviewDueAt: undefined }).toEqual({
      ...before,
      recordReviewQueuedAt: undefined,
      recordReviewDueAt: undefined,
    });
    expect(after).toMatchObject({ recordReviewQueuedAt: null, recordReviewDueAt: next });
    expect((await readAlarmRequest(cast.approver, alarm.id)).recordReviews).toEqual([
      expect.objectContaining({ decision: "RETAIN", reason: "Linked to an ongoing stalking investigation" }),
    ]);
  });

  it("DISPOSE erases exactly the personal fields, the notes and the search terms, and keeps every fact", async () => {
    const alarm = await finishedRecordDueForReview();
    await queueRecordReviews();
    const before = await db.alarmRequest.findUniqueOrThrow({ where: { id: alarm.id } });
    await decideRecordReview(cast.approver, alarm.id, { decision: "DISPOSE", reason: "No further policing purpose" });
    const after = await db.alarmRequest.findUniqueOrThrow({ where: { id: alarm.id } });
    for (const column of PERSONAL_COLUMNS) expect(after[column], column).toBeNull();
    const facts = (row: typeof after) =>
      Object.fromEntries(
        Object.entries(row).filter(
          ([key]) =>
            !(PERSONAL_COLUMNS as string[]).includes(key) &&
            !["erasedAt", "recordReviewQueuedAt", "recordReviewDueAt"].includes(key),
        ),
      );
    expect(facts(after)).toEqual(facts(before));
    expect(after.erasedAt).not.toBeNull();
    expect(await db.alarmTransition.count({ where: { requestId: alarm.id, note: { not: null } } })).toBe(0);
    const consultations = { OR: [{ requestId: alarm.id }, { requestIds: { has: alarm.id } }] };
    expect(await db.alarmAccess.count({ where: { ...consultations, searchTerm: { not: null } } })).toBe(0);
    expect(await db.alarmAccess.count({ where: { requestId: alarm.id } })).toBeGreaterThan(0);
    expect(await db.alarmAccess.count({ where: { requestIds: { has: alarm.id } } })).toBe(1);
    await expect(consultPersonalData(cast.officer, alarm.id, {})).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(decideRecordReview(cast.approver, alarm.id, { decision: "DISPOSE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.auditEvent.count({ where: { entityId: alarm.id, type: "alarm.recordReviewed" } })).toBe(1);
  });

  it("with ALARM_AUTO_DISPOSE the daily job disposes at the review date, keeping the decision", async () => {
    const alarm = await finishedRecordDueForReview();
    const { disposed } = await queueRecordReviews(new Date(), { ...alarmConfig(), ALARM_AUTO_DISPOSE: true });
    expect(disposed).toBeGreaterThanOrEqual(1);
    const after = await db.alarmRequest.findUniqueOrThrow({ where: { id: alarm.id } });
    expect(after).toMatchObject({ personName: null, erasedAt: expect.any(Date) });
    expect(await db.alarmRecordReview.findMany({ where: { requestId: alarm.id } })).toEqual([
      expect.objectContaining({ decision: "DISPOSE", decidedById: null }),
    ]);
  });

  it("disposes of a batch in as many statements as one record, each record audited and its decision kept", async () => {
    const autoDispose = { ...alarmConfig(), ALARM_AUTO_DISPOSE: true };
    await queueRecordReviews(new Date(), autoDispose);
    const statementsToDispose = async (records: number) => {
      const alarms = [];
      for (let index = 0; index < records; index++) alarms.push(await finishedRecordDueForReview());
      const statements = (await statementsOf(() => queueRecordReviews(new Date(), autoDispose))).length;
      for (const alarm of alarms) {
        expect(await db.alarmRequest.findUniqueOrThrow({ where: { id: alarm.id } })).toMatchObject({
          erasedAt: expect.any(Date),
        });
        expect(await db.auditEvent.count({ where: { entityId: alarm.id, type: "alarm.personalDataErased" } })).toBe(1);
        expect(await db.alarmRecordReview.count({ where: { requestId: alarm.id, decision: "DISPOSE" } })).toBe(1);
      }
      return statements;
    };
    const forOne = await statementsToDispose(1);
    expect(forOne).toBeGreaterThan(3);
    expect(await statementsToDispose(3)).toBe(forOne);
  });

  it("reads ALARM_AUTO_DISPOSE and the review period from the environment", () => {
    expect(alarmConfig({}).ALARM_RECORD_REVIEW_YEARS).toBe(6);
    expect(alarmConfig({}).ALARM_AUTO_DISPOSE).toBe(false);
    expect(alarmConfig({ ALARM_AUTO_DISPOSE: "true", ALARM_RECORD_REVIEW_YEARS: "7" })).toMatchObject({
      ALARM_AUTO_DISPOSE: true,
      ALARM_RECORD_REVIEW_YEARS: 7,
    });
  });
});

describe("the disclosure log", () => {
  it("records a disclosure outside the app, shows it with the access log, and names bad fields", async () => {
    const created = await requestAlarm(cast.officer, VALID_ALARM_REQUEST);
    await expect(
      recordDisclosure(cast.officer, created.id, { recipient: "", organisation: "X", disclosedAt: "yesterday" }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: {
        recipient: expect.any(Array),
        organisation: expect.any(Array),
        lawfulBasis: expect.any(Array),
        details: expect.any(Array),
        disclosedAt: expect.any(Array),
      },
    });
    await recordDisclosure(cast.approver, created.id, {
      recipient: "DS Kim Parker",
      organisation: "Westmarch Police",
      lawfulBasis: "DPA 2018 s35: prevention of crime",
      details: "Address and perpetrator information",
      disclosedAt: new Date(Date.now() - 60 * 60_000),
    });
    const detail = await readAlarmRequest(cast.approver, created.id);
    expect(detail.disclosures).toEqual([
      expect.objectContaining({
        organisation: "Westmarch Police",
        recordedBy: { displayName: cast.approver.displayName },
      }),
    ]);
    expect(await db.auditEvent.count({ where: { entityId: created.id, type: "alarm.personalDataDisclosed" } })).toBe(1);
  });

  it("is recorded only by those who may read all of the record", async () => {
    const alarm = await steps.liveAlarm();
    await expect(
      recordDisclosure(cast.controlRoom, alarm.id, {
        recipient: "A",
        organisation: "B",
        lawfulBasis: "C basis",
        details: "D details",
        disclosedAt: new Date(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
