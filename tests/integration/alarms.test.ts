import { beforeAll, describe, expect, it } from "vitest";
import { searchHazardMarkers } from "@/lib/alarms/hazards";
import { listAlarmRequests } from "@/lib/alarms/list-alarms";
import { consultPersonalData, readAlarmRequest } from "@/lib/alarms/read-alarm";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import { transitionAlarmRequest } from "@/lib/alarms/transition-alarm";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { alarmSteps, createAlarmCast } from "./alarm-steps";
import { createAlarmUnit, createUser, VALID_ALARM_REQUEST } from "./factories";

let officer: CurrentUser;
let otherOfficer: CurrentUser;
let approver: CurrentUser;
let installer: CurrentUser;
let secondInstaller: CurrentUser;
let staff: CurrentUser;
let steps: ReturnType<typeof alarmSteps>;
const requestAndApprove = (overrides: Partial<typeof VALID_ALARM_REQUEST> = {}) => steps.requestAndApprove(overrides);
const install = (requestId: string, unitId: string, who = installer) => steps.install(requestId, unitId, who);
const confirmLive = (requestId: string) => steps.confirmLive(requestId);

beforeAll(async () => {
  const cast = await createAlarmCast();
  ({ officer, approver, installer } = cast);
  steps = alarmSteps(cast);
  otherOfficer = await createUser(["OFFICER"], { homeSiteId: officer.homeSiteId ?? undefined });
  secondInstaller = await createUser(["INSTALLER"]);
  staff = await createUser(["STAFF"]);
});

describe("requesting an alarm", () => {
  it("creates a request with its district, cost and first transition, audited without personal data", async () => {
    const created = await requestAlarm(officer, {
      ...VALID_ALARM_REQUEST,
      postcode: "kb1 9zz",
      addressLine1: "1 New Road",
    });
    expect(created).toMatchObject({
      status: "REQUESTED",
      reference: "CR/2026/00123",
      estimatedCost: 28 * 4,
      existingLiveAlarm: null,
    });
    const stored = await db.alarmRequest.findUniqueOrThrow({
      where: { id: created.id },
      include: { transitions: true },
    });
    expect(stored).toMatchObject({
      district: "North",
      postcode: "KB1 9ZZ",
      postcodeKey: "KB19ZZ",
      requestedById: officer.id,
    });
    expect(stored.transitions).toHaveLength(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
    expect(JSON.stringify(audit.payload)).not.toContain("Alex Example");
  });

  it("names every bad field and stores nothing", async () => {
    const before = await db.alarmRequest.count();
    await expect(
      requestAlarm(officer, {
        ...VALID_ALARM_REQUEST,
        postcode: "NOT A CODE",
        contactPhone: "12",
        periodDays: 400,
        alarmType: "SIREN",
        personName: "",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: {
        postcode: expect.any(Array),
        contactPhone: expect.any(Array),
        periodDays: expect.any(Array),
        alarmType: expect.any(Array),
        personName: expect.any(Array),
      },
    });
    expect(await db.alarmRequest.count()).toBe(before);
  });

  it("refuses staff", async () => {
    await expect(requestAlarm(staff, VALID_ALARM_REQUEST)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAlarmRequests(staff)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the lifecycle", () => {
  it("runs from request to closure, moving the unit in and back to stock", async () => {
    const unit = await createAlarmUnit();
    const created = await requestAndApprove({ postcode: "KB2 8AA" });
    await expect(
      transitionAlarmRequest(installer, created.id, { action: "install", unitId: unit.id }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { controlRoomRef: expect.any(Array) },
    });
    await install(created.id, unit.id);
    expect((await db.alarmUnit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("INSTALLED");
    const notYet = await requestAlarm(officer, { ...VALID_ALARM_REQUEST, postcode: "KB2 8AA" });
    expect(notYet.existingLiveAlarm).toBeNull();
    await confirmLive(created.id);
    const again = await requestAlarm(officer, { ...VALID_ALARM_REQUEST, postcode: "KB2 8AA" });
    expect(again.existingLiveAlarm).toBe(created.number);
    await transitionAlarmRequest(approver, created.id, { action: "order-removal", note: "Person has moved away" });
    await transitionAlarmRequest(installer, created.id, { action: "remove", unitCondition: "GOOD" });
    await transitionAlarmRequest(approver, created.id, { action: "close" });
    expect((await db.alarmUnit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("IN_STOCK");
    const movements = await db.unitMovement.findMany({ where: { unitId: unit.id }, orderBy: { occurredAt: "asc" } });
    expect(movements.map((movement) => movement.kind)).toEqual(["INSTALLED", "RETURNED"]);
    const transitions = await db.alarmTransition.findMany({
      where: { requestId: created.id },
      orderBy: { occurredAt: "asc" },
    });
    expect(transitions.map((transition) => transition.toStatus)).toEqual([
      "REQUESTED",
      "APPROVED",
      "INSTALLED",
      "INSTALLED",
      "REMOVAL_ORDERED",
      "REMOVED",
      "CLOSED",
    ]);
  });

  it("refuses moves not in the table with 409, the wrong role with 403, and changes nothing", async () => {
    const created = await requestAlarm(officer, VALID_ALARM_REQUEST);
    await expect(transitionAlarmRequest(approver, created.id, { action: "close" })).rejects.toMatchObject({
      code: "CONFLICT",
      status: 409,
    });
    await expect(
      transitionAlarmRequest(officer, created.id, { action: "approve", note: "My own" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.alarmRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("REQUESTED");
    await transitionAlarmRequest(officer, created.id, { action: "withdraw", note: "Victim has moved to a refuge" });
    expect((await db.alarmRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("WITHDRAWN");
  });

  it("answers 404 to an action on a request the user may not see, as if it did not exist (decision 009)", async () => {
    const created = await requestAlarm(officer, VALID_ALARM_REQUEST);
    await expect(
      transitionAlarmRequest(installer, created.id, { action: "remove", unitCondition: "GOOD" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    await expect(
      transitionAlarmRequest(installer, created.id, { action: "approve", note: "Not my role" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      transitionAlarmRequest(otherOfficer, created.id, { action: "withdraw", note: "Not mine" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.alarmRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("REQUESTED");
  });

  // Approve and reject both leave REQUESTED only, so whichever order they land in, one must fail.
  // (Approve and withdraw would not do: a withdrawal after an approval is a legitimate second move.)
  it("of a concurrent approval and rejection exactly one wins", async () => {
    const created = await requestAlarm(officer, VALID_ALARM_REQUEST);
    await consultPersonalData(approver, created.id, { reason: "Reading the risk summary to decide the request" });
    const results = await Promise.allSettled([
      transitionAlarmRequest(approver, created.id, { action: "approve", note: "Approved" }),
      transitionAlarmRequest(approver, created.id, { action: "reject", note: "Not needed" }),
    ]);
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    expect(fulfilled).toHaveLength(1);
    expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
    });
    const transitions = await db.alarmTransition.count({ where: { requestId: created.id } });
    expect(transitions).toBe(2);
  });

  it("when two installers take the same unit at once, one fails cleanly and the unit is installed once", async () => {
    const unit = await createAlarmUnit();
    const first = await requestAndApprove();
    const second = await requestAndApprove();
    const results = await Promise.allSettled([
      install(first.id, unit.id, installer),
      install(second.id, unit.id, secondInstaller),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
    });
    const holders = await db.alarmRequest.findMany({ where: { unitId: unit.id, status: "INSTALLED" } });
    expect(holders).toHaveLength(1);
    const loser = holders[0].id === first.id ? second : first;
    expect((await db.alarmRequest.findUniqueOrThrow({ where: { id: loser.id } })).status).toBe("APPROVED");
  });

  it("the database itself refuses a unit on two live requests", async () => {
    const unit = await createAlarmUnit();
    const first = await requestAndApprove();
    const second = await requestAndApprove();
    await install(first.id, unit.id);
    await expect(
      db.alarmRequest.update({
        where: { id: second.id },
        data: { status: "INSTALLED", unitId: unit.id, installedAt: new Date() },
      }),
    ).rejects.toThrow();
  });
});

describe("need to know and the access log", () => {
  it("shows personal data to the requester without a justification, and to others only with one; logs every reading", async () => {
    const created = await requestAlarm(officer, VALID_ALARM_REQUEST);
    expect((await consultPersonalData(officer, created.id, {})).personal.personName).toBe("Alex Example");
    expect(await db.alarmAccess.findMany({ where: { requestId: created.id } })).toEqual([
      expect.objectContaining({ userId: officer.id, justification: "Requester reading their own request" }),
    ]);
    await db.alarmAccess.deleteMany({ where: { requestId: created.id } });

    const facts = await readAlarmRequest(approver, created.id);
    expect(facts).toMatchObject({ requiresJustification: true, personalView: "full" });
    expect(JSON.stringify(facts)).not.toContain("Alex Example");
    await expect(consultPersonalData(approver, created.id, {})).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { reason: expect.any(Array) },
    });
    await expect(consultPersonalData(approver, created.id, { reason: "short" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await db.alarmAccess.count({ where: { requestId: created.id } })).toBe(0);
    const consultation = await consultPersonalData(approver, created.id, {
      reason: "Deciding on the installation priority",
    });
    expect(consultation.personal).toMatchObject({
      personName: "Alex Example",
      hazards: expect.any(String),
      codeword: "bluebell",
    });
    const log = await db.alarmAccess.findMany({ where: { requestId: created.id } });
    expect(log).toEqual([
      expect.objectContaining({ userId: approver.id, justification: "Deciding on the installation priority" }),
    ]);
    expect(
      await db.auditEvent.count({
        where: { type: "alarm.personalDataAccessed", entityId: created.id, actorId: approver.id },
      }),
    ).toBe(1);
    expect((await readAlarmRequest(approver, created.id)).accessLog).toHaveLength(1);
  });

  it("gives installers the address, access and contact, never the risk narrative, codeword nor the decision note", async () => {
    const created = await requestAndApprove();
    const view = await consultPersonalData(installer, created.id, { reason: "Booking the installation visit" });
    expect(view.personal).toMatchObject({
      addressLine1: "12 Example Terrace",
      contactPhone: "07700 900123",
      accessNotes: "Side gate; dog in the kitchen.",
    });
    for (const field of ["riskSummary", "hazards", "crimeReference", "codeword", "dependants"])
      expect(view.personal).not.toHaveProperty(field);
    expect(view.notes.map((note) => note.action)).not.toContain("approve");
    expect((await readAlarmRequest(installer, created.id)).accessLog).toBeNull();
  });

  it("hides other officers' requests, and everything from staff", async () => {
    const created = await requestAlarm(officer, VALID_ALARM_REQUEST);
    await expect(readAlarmRequest(otherOfficer, created.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listAlarmRequests(otherOfficer)).items.some((request) => request.id === created.id)).toBe(false);
    await expect(readAlarmRequest(staff, created.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a live alarm to another officer as a hazard marker only once confirmed, and logs the consultation", async () => {
    const unit = await createAlarmUnit();
    const created = await requestAndApprove({ postcode: "KB7 4HZ", addressLine1: "3 Hazard Row" });
    await install(created.id, unit.id);
    expect(await searchHazardMarkers(otherOfficer, { q: "kb7 4hz" })).toEqual([]);
    await confirmLive(created.id);
    const markers = await searchHazardMarkers(otherOfficer, { q: "kb7 4hz" });
    expect(markers).toEqual([
      expect.objectContaining({
        number: created.number,
        alarmType: "PERSONAL_ATTACK",
        hazards: expect.stringContaining("knife"),
      }),
    ]);
    expect(JSON.stringify(markers)).not.toContain("Alex Example");
    expect(JSON.stringify(markers)).not.toContain("07700");
    expect(await db.alarmAccess.count({ where: { requestIds: { has: created.id }, userId: otherOfficer.id } })).toBe(1);
    await expect(searchHazardMarkers(staff, { q: "KB7 4HZ" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("logs a search that shows several records as one consultation naming each, in each record's log", async () => {
    const found = [];
    for (const [postcode, addressLine1] of [
      ["KB9 1SA", "1 Search Avenue"],
      ["KB9 1SB", "2 Search Avenue"],
    ]) {
      const created = await requestAndApprove({ postcode, addressLine1 });
      await install(created.id, (await createAlarmUnit()).id);
      await confirmLive(created.id);
      found.push(created);
    }
    const accessRows = await db.alarmAccess.count();
    const auditRows = await db.auditEvent.count();
    const markers = await searchHazardMarkers(otherOfficer, { q: "Search Avenue" });
    expect(markers.map((marker) => marker.number).sort()).toEqual(found.map((created) => created.number).sort());
    expect(await db.alarmAccess.count()).toBe(accessRows + 1);
    expect(await db.auditEvent.count()).toBe(auditRows + 1);
    const search = await db.alarmAccess.findFirstOrThrow({
      where: { userId: otherOfficer.id, searchTerm: "Search Avenue" },
    });
    expect([...search.requestIds].sort()).toEqual(found.map((created) => created.id).sort());
    expect(search.requestId).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { type: "alarm.hazardsSearched", entityId: search.id },
    });
    expect(audit).toMatchObject({
      actorId: otherOfficer.id,
      payload: { numbers: expect.arrayContaining([found[0].number]) },
    });
    for (const created of found) {
      const record = await readAlarmRequest(approver, created.id);
      expect(record.accessLog).toContainEqual(
        expect.objectContaining({
          id: search.id,
          searchTerm: "Search Avenue",
          justification: "Hazard check before attending",
        }),
      );
    }
  });
});
