import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { applyEffectiveLevels } from "@/lib/levels/apply-effective-levels";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { readAcknowledgementCoverage } from "@/lib/levels/read-coverage";
import { recordAcknowledgement } from "@/lib/levels/record-acknowledgement";
import { notifyConfig, type NotifyConfig } from "@/lib/notify/config";
import { deliverDueMessages } from "@/lib/notify/deliver";
import { fanOutEvents } from "@/lib/notify/fan-out";
import { queueAcknowledgementReminders } from "@/lib/notify/reminders";
import { listSubscriptions, subscribe, subscribeToDistrict, unsubscribe } from "@/lib/notify/subscriptions";
import { createWebhook } from "@/lib/notify/webhooks";
import { MINUTE } from "@/lib/time";
import { startHttpReceiver } from "../support/http-receiver";
import { startSmtpReceiver } from "../support/smtp-receiver";
import { createSite, createUser, ensurePublishedPolicy, siteVersion } from "./factories";

// Notifications through the outbox, against a real SMTP server and a real HTTP receiver started
// here. Time is driven through the domain functions (`now`), never by sleeping.
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let http: Awaited<ReturnType<typeof startHttpReceiver>>;
let config: NotifyConfig;
let commander: CurrentUser;
let site: Awaited<ReturnType<typeof createSite>>;
let lead: CurrentUser;
let staff: CurrentUser[];
let elsewhere: CurrentUser;
let follower: CurrentUser;
const tag = crypto.randomUUID().slice(0, 8);
const emailOf = (user: CurrentUser) => `${user.username}@notify.test`;

async function withEmail(user: CurrentUser) {
  await db.user.update({ where: { id: user.id }, data: { email: emailOf(user) } });
  return user;
}

/** Fans out and delivers everything due, as the worker's loop does: by default, due as of after the fan-out. */
async function runWorker(at?: Date) {
  while ((await fanOutEvents(config)) > 0);
  const now = at ?? new Date();
  while ((await deliverDueMessages(config, now)) > 0);
}

const to = (user: CurrentUser) => smtp.received.filter((mail) => mail.to.includes(emailOf(user)));

async function raiseSite(level: "HEIGHTENED" | "EXCEPTIONAL", reason: string) {
  await changeResponseLevel(commander, {
    scope: "SITE",
    siteId: site.id,
    level,
    reason,
    expiresAt: new Date(Date.now() + 86_400_000),
    expectedVersion: await siteVersion(site.id),
  });
}

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  http = await startHttpReceiver();
  config = notifyConfig({
    SMTP_URL: smtp.smtpUrl,
    MAIL_FROM: "Estate Security <estate@notify.test>",
    TEAMS_WEBHOOK_URL: http.url("/teams"),
    NEXTAUTH_URL: "https://estate.example",
    OUTBOX_MAX_ATTEMPTS: "3",
    OUTBOX_RETRY_BASE_SECONDS: "0.01",
  });
  await ensurePublishedPolicy();
  // Earlier files' changes are told first, so this file's counts start clean.
  await db.notificationEvent.updateMany({ where: { fannedOutAt: null }, data: { fannedOutAt: new Date() } });
  commander = await withEmail(await createUser(["COMMANDER"]));
  site = await createSite({ type: "POLICE_STATION" });
  lead = await withEmail(await createUser(["SITE_LEAD"], { homeSiteId: site.id }));
  staff = [
    await withEmail(await createUser(["STAFF"], { homeSiteId: site.id })),
    await withEmail(await createUser(["STAFF"], { homeSiteId: site.id })),
  ];
  elsewhere = await withEmail(await createUser(["STAFF"], { homeSiteId: (await createSite()).id }));
  follower = await withEmail(await createUser(["OFFICER"], { homeSiteId: (await createSite()).id }));
  await subscribe(follower, { siteId: site.id });
});

afterAll(async () => {
  await smtp.close();
  await http.close();
});

describe("a level change told by email, Teams and webhooks", () => {
  it("emails exactly the site's people and its followers, never a restricted measure or the reason", async () => {
    const admin = await createUser(["ADMIN"]);
    const secret = `secret-${tag}-0123456789`;
    await createWebhook(admin, { url: http.url("/access-control"), secret, events: ["posture.changed"] });
    await raiseSite("HEIGHTENED", `Confidential reason ${tag}`);
    expect(smtp.received).toHaveLength(0);
    await runWorker();

    for (const person of [lead, ...staff, follower]) {
      const mails = to(person);
      expect(mails, person.username).toHaveLength(1);
      expect(mails[0].subject).toBe(`${site.code} ${site.name}: the security response level is now HEIGHTENED`);
      expect(mails[0].text).toContain("Additional security measures are in force.");
      expect(mails[0].text).toContain("Pass checks at every entry point");
      expect(mails[0].text).not.toContain("Brief all staff on the response level");
      expect(mails[0].text).toContain("https://estate.example/posture");
      expect(mails[0].html).toContain("<h2>");
    }
    expect(to(elsewhere)).toHaveLength(0);
    const restricted = await db.policyOption.findMany({ where: { visibility: "RESTRICTED" }, select: { title: true } });
    for (const mail of smtp.received) {
      expect(mail.text).not.toContain(`Confidential reason ${tag}`);
      for (const option of restricted) expect(mail.text).not.toContain(option.title);
    }
    const summary = to(commander).find((mail) => mail.subject.startsWith("Site response level change"));
    expect(summary?.text).toContain(`${site.code} ${site.name}: NORMAL → HEIGHTENED`);

    const teams = http.received.filter((post) => post.path === "/teams" && post.body.includes(site.code));
    expect(teams).toHaveLength(1);
    expect(JSON.parse(teams[0].body).attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(teams[0].body).not.toContain(tag);

    const hooks = http.received.filter((post) => post.path === "/access-control" && post.body.includes(site.id));
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook.headers["x-estate-event"]).toBe("posture.changed");
    expect(hook.headers["x-estate-signature"]).toBe(
      `sha256=${createHmac("sha256", secret).update(hook.body).digest("hex")}`,
    );
    const delivery = await db.outboxMessage.findUniqueOrThrow({
      where: { id: String(hook.headers["x-estate-delivery"]) },
    });
    expect(delivery).toMatchObject({ status: "SENT", attempts: 1, channel: "WEBHOOK" });
    expect(JSON.parse(hook.body).sites[0]).toMatchObject({ siteId: site.id, from: "NORMAL", to: "HEIGHTENED" });
  });

  it("sends nothing for a change that rolls back", async () => {
    const before = await db.notificationEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await tx.siteLevel.update({ where: { siteId: site.id }, data: { overrideLevel: "EXCEPTIONAL" } });
        await applyEffectiveLevels(tx, "NORMAL", new Date(), site.id);
        throw new Error("the change failed after its levels were applied");
      }),
    ).rejects.toThrow("failed after");
    expect(await db.notificationEvent.count()).toBe(before);
  });

  it("delivers everything after a server dies holding messages, and two servers never send one twice", async () => {
    const sentBefore = smtp.received.length;
    await raiseSite("EXCEPTIONAL", "Escalating threat");
    while ((await fanOutEvents(config)) > 0);
    const pending = await db.outboxMessage.findMany({
      where: { status: "PENDING", channel: "EMAIL" },
      select: { id: true },
    });
    expect(pending.length).toBeGreaterThan(4);
    // A server claims half the messages and is killed before sending any of them.
    const now = new Date();
    const dead = pending.slice(0, Math.floor(pending.length / 2)).map((message) => message.id);
    await db.outboxMessage.updateMany({
      where: { id: { in: dead } },
      data: { lockedUntil: new Date(now.getTime() + 2 * MINUTE), attempts: { increment: 1 } },
    });
    // Two servers deliver at once: the live half now, the dead server's half when its lease runs out.
    await Promise.all([deliverDueMessages(config, now), deliverDueMessages(config, now)]);
    expect(smtp.received.length - sentBefore).toBe(pending.length - dead.length);
    const later = new Date(now.getTime() + 3 * MINUTE);
    await Promise.all([deliverDueMessages(config, later), deliverDueMessages(config, later)]);
    const ids = smtp.received.slice(sentBefore).map((mail) => mail.messageId);
    expect(ids).toHaveLength(pending.length);
    expect(new Set(ids).size).toBe(pending.length);
    expect(
      await db.outboxMessage.count({ where: { id: { in: pending.map((message) => message.id) }, status: "SENT" } }),
    ).toBe(pending.length);
  });

  it("retries a failing receiver with backoff and then shows the failure", async () => {
    const admin = await createUser(["ADMIN"]);
    const failing = await createWebhook(admin, {
      url: http.url("/failing"),
      secret: "another-secret-0123456789",
      events: ["threat.recorded"],
    });
    http.answerWith((post) => (post.path === "/failing" ? 503 : 200));
    await db.$transaction(async (tx) => {
      const { queueThreatRecorded } = await import("@/lib/notify/queue-notification");
      await queueThreatRecorded(tx, { scope: "NATIONAL", level: "SEVERE", recordedAt: new Date() });
    });
    while ((await fanOutEvents(config)) > 0);
    const message = await db.outboxMessage.findFirstOrThrow({ where: { webhookId: failing.id } });
    let now = new Date();
    for (let attempt = 1; attempt <= 3; attempt++) {
      await deliverDueMessages(config, now);
      const after = await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } });
      expect(after.attempts).toBe(attempt);
      if (attempt < 3) {
        expect(after.status).toBe("PENDING");
        expect(after.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
        now = new Date(after.nextAttemptAt.getTime() + 1);
      }
    }
    const failed = await db.outboxMessage.findUniqueOrThrow({
      where: { id: message.id },
      include: { deliveries: true },
    });
    expect(failed.status).toBe("FAILED");
    expect(failed.lastError).toContain("503");
    expect(failed.deliveries.map((delivery) => delivery.ok)).toEqual([false, false, false]);
    http.answerWith(() => 200);
  });
});

describe("acknowledgement coverage, reminders and escalation", () => {
  it("counts who has acknowledged and lists who has not, to commanders and the site's leads only", async () => {
    await recordAcknowledgement(staff[0], {});
    const again = await recordAcknowledgement(staff[0], {});
    expect(again.created).toBe(false);
    const briefed = await recordAcknowledgement(lead, { userId: staff[1].id, method: "IN_PERSON" });
    expect(briefed).toMatchObject({ created: true, acknowledgement: { method: "IN_PERSON", recordedById: lead.id } });

    const forCommander = (await readAcknowledgementCoverage(commander)).sites.find(
      (entry) => entry.siteId === site.id,
    )!;
    expect(forCommander).toMatchObject({ staff: 3, acknowledged: 2, effectiveLevel: "EXCEPTIONAL" });
    expect(forCommander.outstanding).toEqual([{ userId: lead.id, displayName: lead.displayName }]);
    const forLead = await readAcknowledgementCoverage(lead);
    expect(forLead.sites.map((entry) => entry.siteId)).toEqual([site.id]);
    await expect(readAcknowledgementCoverage(staff[0])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      recordAcknowledgement(await createUser(["SITE_LEAD"], { homeSiteId: (await createSite()).id }), {
        userId: lead.id,
        method: "IN_PERSON",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordAcknowledgement(staff[0], { userId: lead.id })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { method: ["Recording for someone else needs method IN_PERSON"] },
    });
  });

  it("reminds once after the reminder time and escalates the list to the site's leads, through the outbox", async () => {
    const since = (await db.siteLevel.findUniqueOrThrow({ where: { siteId: site.id } })).effectiveSince.getTime();
    const sentBefore = smtp.received.length;
    expect((await queueAcknowledgementReminders(config, new Date(since + 59 * MINUTE))).reminders).toBe(0);
    await queueAcknowledgementReminders(config, new Date(since + 61 * MINUTE));
    await queueAcknowledgementReminders(config, new Date(since + 62 * MINUTE));
    await runWorker(new Date(since + 62 * MINUTE));
    const reminders = smtp.received.slice(sentBefore).filter((mail) => mail.subject.startsWith("Reminder"));
    const reminded = reminders.filter((mail) => mail.to.some((address) => address.endsWith("@notify.test")));
    expect(reminded.map((mail) => mail.to)).toContainEqual([emailOf(lead)]);
    expect(reminded.filter((mail) => mail.to.includes(emailOf(lead)))).toHaveLength(1);
    expect(reminded.some((mail) => mail.to.includes(emailOf(staff[0])))).toBe(false);

    await queueAcknowledgementReminders(config, new Date(since + 241 * MINUTE));
    await runWorker(new Date(since + 241 * MINUTE));
    const escalation = to(lead).find((mail) => mail.subject.includes("not acknowledged"));
    expect(escalation?.subject).toBe(`1 person has not acknowledged EXCEPTIONAL at ${site.code}`);
    expect(escalation?.text).toContain(lead.displayName);
    expect(escalation?.text).not.toContain(staff[0].displayName);
  });

  it("drops a queued reminder once the person acknowledges", async () => {
    await raiseSite("HEIGHTENED", "Back down a step");
    await runWorker();
    const since = (await db.siteLevel.findUniqueOrThrow({ where: { siteId: site.id } })).effectiveSince.getTime();
    await queueAcknowledgementReminders(config, new Date(since + 61 * MINUTE));
    await recordAcknowledgement(staff[0], {});
    const before = to(staff[0]).length;
    await runWorker(new Date(since + 61 * MINUTE));
    expect(to(staff[0])).toHaveLength(before);
    const cancelled = await db.outboxMessage.findFirstOrThrow({
      where: { userId: staff[0].id, dedupeKey: { startsWith: "reminder:" } },
      orderBy: { createdAt: "desc" },
    });
    expect(cancelled.status).toBe("CANCELLED");
    expect(to(staff[1]).filter((mail) => mail.subject.startsWith("Reminder")).length).toBeGreaterThan(0);
  });
});

describe("reminders in batches", () => {
  it("reminds everyone over successive sweeps when there are more people than one sweep takes", async () => {
    const busy = await createSite({ type: "POLICE_STATION" });
    const people = [
      await withEmail(await createUser(["STAFF"], { homeSiteId: busy.id })),
      await withEmail(await createUser(["STAFF"], { homeSiteId: busy.id })),
      await withEmail(await createUser(["STAFF"], { homeSiteId: busy.id })),
    ];
    await changeResponseLevel(commander, {
      scope: "SITE",
      siteId: busy.id,
      level: "HEIGHTENED",
      reason: "Batch test",
      expiresAt: new Date(Date.now() + 86_400_000),
      expectedVersion: await siteVersion(busy.id),
    });
    const later = new Date(Date.now() + 61 * MINUTE);
    const reminded = () =>
      db.outboxMessage.count({
        where: { userId: { in: people.map((person) => person.id) }, dedupeKey: { startsWith: "reminder:" } },
      });
    for (let sweep = 0; sweep < 20 && (await reminded()) < people.length; sweep++) {
      const { reminders } = await queueAcknowledgementReminders(config, later, { reminderBatch: 1 });
      expect(reminders).toBeLessThanOrEqual(1);
    }
    expect(await reminded()).toBe(people.length);
  });
});

describe("following other sites", () => {
  it("follows one site or a whole district, lists them, and stops following", async () => {
    const officer = await createUser(["OFFICER"]);
    const district = `Followed ${tag}`;
    const [first, second] = [await createSite({ district }), await createSite({ district })];
    expect(await subscribeToDistrict(officer, { district })).toEqual({ added: 2, sites: 2 });
    expect((await subscribe(officer, { siteId: first.id })).created).toBe(false);
    const listed = await listSubscriptions(officer);
    expect(listed.items.map((item) => item.siteId).sort()).toEqual([first.id, second.id].sort());
    await unsubscribe(officer, first.id);
    await expect(unsubscribe(officer, first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSubscriptions(officer)).items.map((item) => item.siteId)).toEqual([second.id]);
    await expect(subscribe(officer, { siteId: crypto.randomUUID() })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { siteId: ["Choose an open site"] },
    });
    const closed = await createSite({ district });
    await db.site.update({ where: { id: closed.id }, data: { closedAt: new Date() } });
    await expect(subscribe(officer, { siteId: closed.id })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(subscribeToDistrict(officer, { district: `Nowhere ${tag}` })).rejects.toMatchObject({
      fields: { district: ["Choose a district that exists"] },
    });
  });
});

describe("with email and Teams off", () => {
  it("writes no email or Teams messages and queues no reminders, and the change still commits", async () => {
    const off = notifyConfig({ NEXTAUTH_URL: "https://estate.example" });
    expect(off.smtpUrl).toBeUndefined();
    await db.notificationEvent.updateMany({ where: { fannedOutAt: null }, data: { fannedOutAt: new Date() } });
    const before = await db.outboxMessage.count({ where: { channel: { in: ["EMAIL", "TEAMS"] } } });
    await raiseSite("EXCEPTIONAL", "Email is off on this server");
    while ((await fanOutEvents(off)) > 0);
    expect(await db.outboxMessage.count({ where: { channel: { in: ["EMAIL", "TEAMS"] } } })).toBe(before);
    expect(await queueAcknowledgementReminders(off, new Date(Date.now() + 300 * MINUTE))).toEqual({
      reminders: 0,
      escalations: 0,
    });
    expect((await db.siteLevel.findUniqueOrThrow({ where: { siteId: site.id } })).effectiveLevel).toBe("EXCEPTIONAL");
  });
});
