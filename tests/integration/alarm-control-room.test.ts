import { beforeAll, describe, expect, it } from "vitest";
import { checkAddress } from "@/lib/alarms/address-check";
import { queueAlarmReminders } from "@/lib/alarms/alarm-reminders";
import { notifyConfig } from "@/lib/notify/config";
import { deliverDueMessages } from "@/lib/notify/deliver";
import { startSmtpReceiver } from "../support/smtp-receiver";
import { lookUpAlarm } from "@/lib/alarms/call-lookup";
import { searchHazardMarkers } from "@/lib/alarms/hazards";
import { listAlarmRequests, readAlarmQueues } from "@/lib/alarms/list-alarms";
import { readAlarmRequest } from "@/lib/alarms/read-alarm";
import { recordAlarmCall } from "@/lib/alarms/record-alarm-call";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import { transitionAlarmRequest } from "@/lib/alarms/transition-alarm";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DAY, HOUR } from "@/lib/time";
import { alarmSteps, createAlarmCast, type AlarmCast } from "./alarm-steps";
import { createAlarmUnit, createUser, VALID_ALARM_REQUEST } from "./factories";

let cast: AlarmCast;
let steps: ReturnType<typeof alarmSteps>;
let officer2: CurrentUser;

beforeAll(async () => {
  cast = await createAlarmCast();
  steps = alarmSteps(cast);
  officer2 = await createUser(["OFFICER"]);
});

describe("the control room in the loop", () => {
  it("keeps a fit not live, off the hazard markers and out of the address check, until the control room confirms it", async () => {
    const unit = await createAlarmUnit();
    const created = await steps.requestAndApprove({ postcode: "KB5 1CR", addressLine1: "1 Confirm Lane" });
    const fitted = await steps.install(created.id, unit.id);
    expect(fitted).toMatchObject({ status: "INSTALLED", live: false });
    expect(await searchHazardMarkers(officer2, { q: "KB5 1CR" })).toEqual([]);
    expect(await checkAddress(cast.officer, { postcode: "kb5 1cr", addressLine1: "1 confirm lane" })).toEqual({
      liveAlarm: null,
    });
    const queues = await readAlarmQueues(cast.controlRoom, {});
    expect(queues.awaitingLive?.items.map((item) => item.id)).toContain(created.id);
    const listed = async () =>
      (await listAlarmRequests(cast.approver, { status: "INSTALLED", pageSize: 200 })).items.find(
        (item) => item.id === created.id,
      );
    expect(await listed()).toMatchObject({ live: false });

    const live = await steps.confirmLive(created.id);
    expect(live).toMatchObject({ status: "INSTALLED", live: true, liveConfirmedAt: expect.any(Date) });
    expect(await listed()).toMatchObject({ live: true });
    expect(await readAlarmRequest(cast.approver, created.id)).toMatchObject({ live: true });
    expect((await searchHazardMarkers(officer2, { q: "KB5 1CR" })).map((marker) => marker.number)).toEqual([
      created.number,
    ]);
    expect(await checkAddress(cast.officer, { postcode: "KB5 1CR", addressLine1: "1  Confirm Lane" })).toEqual({
      liveAlarm: { number: created.number },
    });
    const transition = await db.alarmTransition.findFirstOrThrow({
      where: { requestId: created.id, action: "confirm-live" },
    });
    expect(transition.actorId).toBe(cast.controlRoom.id);
    expect(await db.auditEvent.count({ where: { entityId: created.id, type: "alarm.transitioned" } })).toBe(3);
    await expect(steps.confirmLive(created.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a confirmation whose reference does not match, or whose test call did not ring through", async () => {
    const unit = await createAlarmUnit();
    const created = await steps.requestAndApprove();
    await steps.install(created.id, unit.id);
    await expect(
      transitionAlarmRequest(cast.controlRoom, created.id, {
        action: "confirm-live",
        controlRoomRef: "CR-00000",
        rangThrough: true,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { controlRoomRef: expect.any(Array) } });
    await expect(
      transitionAlarmRequest(cast.controlRoom, created.id, { action: "confirm-live", controlRoomRef: "CR-77812" }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { rangThrough: expect.any(Array) } });
    await expect(
      transitionAlarmRequest(cast.installer, created.id, {
        action: "confirm-live",
        controlRoomRef: "CR-77812",
        rangThrough: true,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.alarmRequest.findUniqueOrThrow({ where: { id: created.id } })).liveConfirmedAt).toBeNull();
  });

  it("never assumes the installer's test call: the answer is required", async () => {
    const unit = await createAlarmUnit();
    const created = await steps.requestAndApprove();
    await expect(
      transitionAlarmRequest(cast.installer, created.id, {
        action: "install",
        unitId: unit.id,
        controlRoomRef: "CR-1",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { tested: expect.any(Array) } });
  });

  it("flags a fit unconfirmed after 24 hours in the installer's and the control room's queues", async () => {
    const unit = await createAlarmUnit();
    const created = await steps.requestAndApprove();
    await steps.install(created.id, unit.id);
    const tomorrow = new Date(Date.now() + 25 * HOUR);
    const { isLateFit } = await import("@/lib/alarms/list-alarms");
    for (const user of [cast.installer, cast.controlRoom]) {
      const queues = await readAlarmQueues(user, {}, tomorrow);
      const queue = queues.awaitingLive ?? queues.fittedNotLive;
      const item = queue?.items.find((request) => request.id === created.id);
      expect(item && isLateFit(item, tomorrow)).toBe(true);
      expect(item && isLateFit(item, new Date())).toBe(false);
    }
  });

  it("finds a live alarm at call time by phone, device reference, postcode or address, and logs each lookup", async () => {
    const created = await steps.liveAlarm({
      postcode: "KB6 2LK",
      addressLine1: "4 Lookup Street",
      contactPhone: "07700 900456",
    });
    for (const q of ["+44 7700 900456", "cr-77812", "kb6 2lk", "Lookup Street"]) {
      const { items } = await lookUpAlarm(cast.controlRoom, { q });
      expect(items.map((item) => item.number)).toContain(created.number);
    }
    const { items } = await lookUpAlarm(cast.controlRoom, { q: "07700900456", reason: "Silent call, line open" });
    expect(items).toEqual([
      expect.objectContaining({
        number: created.number,
        personName: "Alex Example",
        codeword: "bluebell",
        safeContact: expect.stringContaining("Mobile only"),
        address: "4 Lookup Street, Kingsbridge, KB6 2LK",
        accessNotes: "Side gate; dog in the kitchen.",
        riskGrade: "HIGH",
        maracHeard: true,
        hazards: expect.stringContaining("knife"),
        dependants: "2 children aged 4 and 7",
        officerInCase: cast.officer.displayName,
      }),
    ]);
    const log = await db.alarmAccess.findMany({
      where: { requestId: created.id, userId: cast.controlRoom.id },
      orderBy: { accessedAt: "asc" },
    });
    expect(log).toHaveLength(5);
    expect(log[0]).toMatchObject({ justification: "alarm call", searchTerm: "+44 7700 900456" });
    expect(log[4]).toMatchObject({ justification: "Silent call, line open", searchTerm: "07700900456" });
    const detail = await readAlarmRequest(cast.approver, created.id);
    expect(detail.accessLog?.map((entry) => entry.justification)).toContain("Silent call, line open");
  });

  it("refuses the lookup to anyone but the control room, and names a short search", async () => {
    await expect(lookUpAlarm(cast.officer, { q: "KB6 2LK" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(lookUpAlarm(cast.controlRoom, { q: "k" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { q: expect.any(Array) },
    });
  });
});

describe("the risk record", () => {
  it("names each missing or bad risk field, and refuses a request without the occupier's consent", async () => {
    const before = await db.alarmRequest.count();
    const { riskGrade: _grade, codeword: _codeword, ...withoutRisk } = VALID_ALARM_REQUEST;
    await expect(
      requestAlarm(cast.officer, {
        ...withoutRisk,
        riskAssessedOn: "2026-02-30",
        maracHeard: true,
        maracDate: undefined,
        occupierConsent: false,
        safeContact: "",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: {
        riskGrade: expect.any(Array),
        riskAssessedOn: expect.any(Array),
        codeword: expect.any(Array),
        safeContact: expect.any(Array),
        occupierConsent: ["The occupier must consent before an alarm is fitted"],
      },
    });
    expect(await db.alarmRequest.count()).toBe(before);
  });

  it("asks for the MARAC date only when the case was heard, and stores the facts", async () => {
    await expect(
      requestAlarm(cast.officer, { ...VALID_ALARM_REQUEST, maracHeard: true, maracDate: undefined }),
    ).rejects.toMatchObject({ fields: { maracDate: expect.any(Array) } });
    const created = await requestAlarm(cast.officer, {
      ...VALID_ALARM_REQUEST,
      reasonCategory: "CHILD_PROTECTION",
      maracHeard: false,
      maracDate: "2026-11-10",
      landlordConsent: true,
    });
    const stored = await db.alarmRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({
      reasonCategory: "CHILD_PROTECTION",
      riskGrade: "HIGH",
      riskAssessedOn: new Date("2026-11-01T00:00:00Z"),
      maracHeard: false,
      maracDate: null,
      occupierConsent: true,
      landlordConsent: true,
      phoneKey: "07700900123",
    });
  });
});

describe("decisions that weigh the evidence", () => {
  it("lets an approver decide only after opening the risk summary, and records that it was shown", async () => {
    const created = await requestAlarm(cast.officer, VALID_ALARM_REQUEST);
    await expect(
      transitionAlarmRequest(cast.approver, created.id, { action: "approve", note: "Looks right" }),
    ).rejects.toMatchObject({ code: "CONFLICT", fields: { riskSummary: expect.any(Array) } });
    await steps.decide(created.id, "approve", "Risk is high and current");
    const transition = await db.alarmTransition.findFirstOrThrow({
      where: { requestId: created.id, action: "approve" },
    });
    expect(transition.evidence).toMatchObject({ riskSummaryShownAt: expect.any(String), accessId: expect.any(String) });
  });

  it("puts an alarm in 'review now' on the third false call in 12 months, and the review records the calls it weighed", async () => {
    const created = await steps.liveAlarm();
    // Three weeks on from the fit: each call is after it, and within the last 12 months.
    const now = new Date(Date.now() + 21 * DAY);
    const call = (daysAgo: number, outcome: string) =>
      recordAlarmCall(cast.approver, created.id, { occurredAt: new Date(now.getTime() - daysAgo * DAY), outcome }, now);
    await call(14, "FALSE_ALARM");
    await call(7, "TEST");
    await call(5, "FALSE_ALARM");
    expect((await readAlarmQueues(cast.approver, {})).reviewNow?.items.map((item) => item.id)).not.toContain(
      created.id,
    );
    await call(2, "FALSE_ALARM");
    const queue = (await readAlarmQueues(cast.approver, {})).reviewNow;
    expect(queue?.items.map((item) => item.id)).toContain(created.id);
    expect((await readAlarmRequest(cast.approver, created.id, now)).evidence).toMatchObject({
      falseCalls: 3,
      reviewNow: true,
    });

    await transitionAlarmRequest(
      cast.approver,
      created.id,
      {
        action: "extend",
        note: "False calls explained: a faulty pendant, replaced",
        reviewDueAt: new Date(now.getTime() + 14 * DAY),
      },
      now,
    );
    const review = await db.alarmTransition.findFirstOrThrow({ where: { requestId: created.id, action: "extend" } });
    expect(review.evidence).toMatchObject({ falseCalls: 3, genuineCalls: 0, callIds: expect.any(Array) });
    expect((review.evidence as { callIds: string[] }).callIds).toHaveLength(4);
    expect((await db.alarmRequest.findUniqueOrThrow({ where: { id: created.id } })).reviewNowSince).toBeNull();
  });

  it("puts an alarm in 'review now' on one genuine call, recorded by the control room", async () => {
    const created = await steps.liveAlarm();
    await recordAlarmCall(cast.controlRoom, created.id, { occurredAt: new Date(), outcome: "GENUINE_EMERGENCY" });
    expect((await db.alarmRequest.findUniqueOrThrow({ where: { id: created.id } })).reviewNowSince).not.toBeNull();
  });
});

describe("alarm digests through the outbox", () => {
  it("tells each approver, installer and call handler once a day what waits on them, by request number only", async () => {
    const smtp = await startSmtpReceiver();
    try {
      const config = notifyConfig({ SMTP_URL: smtp.smtpUrl, NEXTAUTH_URL: "https://estate.example" });
      const people = [cast.approver, cast.installer, cast.controlRoom];
      for (const person of people)
        await db.user.update({ where: { id: person.id }, data: { email: `${person.username}@digest.test` } });
      const overdue = await steps.liveAlarm();
      await db.alarmRequest.update({ where: { id: overdue.id }, data: { reviewDueAt: new Date(Date.now() - DAY) } });
      const unit = await createAlarmUnit();
      const lateFit = await steps.requestAndApprove();
      await steps.install(lateFit.id, unit.id);
      await db.alarmRequest.update({
        where: { id: lateFit.id },
        data: { installedAt: new Date(Date.now() - 30 * HOUR) },
      });

      expect(await queueAlarmReminders(config)).toBeGreaterThanOrEqual(3);
      expect(await queueAlarmReminders(config)).toBe(0);
      while ((await deliverDueMessages(config)) > 0);
      const mailTo = (person: CurrentUser) =>
        smtp.received.find((mail) => mail.to.includes(`${person.username}@digest.test`));
      expect(mailTo(cast.approver)?.text).toMatch(new RegExp(`reviews overdue: .*${overdue.number}`));
      expect(mailTo(cast.installer)?.text).toMatch(new RegExp(`not confirmed live .*${lateFit.number}`));
      expect(mailTo(cast.controlRoom)?.text).toMatch(new RegExp(`awaiting your confirmation .*${lateFit.number}`));
      expect(mailTo(cast.installer)?.text).not.toContain(overdue.number);
      for (const person of people) {
        const mail = mailTo(person)!;
        for (const secret of ["Alex Example", "07700", "bluebell", "Example Terrace"])
          expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain(secret);
      }
    } finally {
      await smtp.close();
    }
  });
});
