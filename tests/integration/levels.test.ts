import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { optionApplies } from "@/lib/levels/checklist-rules";
import { expireOverrides } from "@/lib/levels/expire-overrides";
import { readPosture } from "@/lib/levels/read-posture";
import { readStaffPosture } from "@/lib/levels/read-staff-posture";
import { recordThreatLevel } from "@/lib/levels/record-threat-level";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { previewResponseLevel } from "@/lib/levels/preview-response-level";
import { isReviewOverdue } from "@/lib/levels/review-by";
import { reviewResponseLevel } from "@/lib/levels/review-response-level";
import { notifyConfig } from "@/lib/notify/config";
import { queueForceReviewReminders } from "@/lib/notify/force-review-reminders";
import { isStillNeeded } from "@/lib/notify/reminders";
import { createSite, createUser, ensurePublishedPolicy, forceVersion, reviewByFrom, siteVersion } from "./factories";

let commander: CurrentUser;
let options: Awaited<ReturnType<typeof ensurePublishedPolicy>>["options"];

async function setForce(level: "NORMAL" | "HEIGHTENED" | "EXCEPTIONAL", now = new Date()) {
  const current = await db.forceLevel.findUniqueOrThrow({ where: { id: 1 } });
  if (current.level === level) return;
  await changeResponseLevel(
    commander,
    {
      scope: "FORCE",
      level,
      reason: `Test move to ${level}`,
      reviewBy: reviewByFrom(now),
      expectedVersion: current.version,
    },
    now,
  );
}

async function openItemsOf(siteId: string) {
  return db.checklistItem.findMany({ where: { activation: { siteId, closedAt: null } }, include: { option: true } });
}

const expectedCount = (type: string, level: "NORMAL" | "HEIGHTENED" | "EXCEPTIONAL") =>
  options.filter((option) => optionApplies(option, type, level)).length;

beforeAll(async () => {
  options = (await ensurePublishedPolicy()).options;
  commander = await createUser(["COMMANDER"]);
  await setForce("NORMAL");
});

describe("force level changes and checklists", () => {
  it("opens each site's checklist in the same transaction as the raise, and audits it", async () => {
    const station = await createSite({ type: "POLICE_STATION" });
    const depot = await createSite({ type: "VEHICLE_DEPOT" });
    const auditBefore = await db.auditEvent.count();
    await setForce("HEIGHTENED");
    expect(await openItemsOf(station.id)).toHaveLength(expectedCount("POLICE_STATION", "HEIGHTENED"));
    expect(await openItemsOf(depot.id)).toHaveLength(expectedCount("VEHICLE_DEPOT", "HEIGHTENED"));
    expect((await openItemsOf(station.id)).every((item) => item.status === "PENDING")).toBe(true);
    // An item the raise opened (baseline items keep the due time they had at NORMAL).
    const item = (await openItemsOf(station.id)).find((open) => open.option.minLevel === "HEIGHTENED")!;
    const level = await db.siteLevel.findUniqueOrThrow({ where: { siteId: station.id } });
    expect(item.dueAt.getTime()).toBe(level.effectiveSince.getTime() + 24 * 3_600_000);
    expect(level.effectiveLevel).toBe("HEIGHTENED");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { type: "level.forceChanged" },
      orderBy: { id: "desc" },
    });
    expect(audit.payload).toMatchObject({ from: "NORMAL", to: "HEIGHTENED", reason: "Test move to HEIGHTENED" });
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);
    expect(
      await db.levelChange.findFirst({
        where: { scope: "FORCE", toLevel: "HEIGHTENED" },
        orderBy: { occurredAt: "desc" },
      }),
    ).not.toBeNull();
  });

  it("rising again adds the new items and keeps the decisions already made", async () => {
    const site = await createSite({ type: "HEADQUARTERS" });
    await setForce("NORMAL");
    await setForce("HEIGHTENED");
    const [first] = await openItemsOf(site.id);
    await db.checklistItem.update({
      where: { id: first.id },
      data: { status: "NOT_IMPLEMENTED", rationale: "Door already bricked up" },
    });
    const raisedAt = new Date();
    await setForce("EXCEPTIONAL", raisedAt);
    const items = await openItemsOf(site.id);
    expect(items).toHaveLength(expectedCount("HEADQUARTERS", "EXCEPTIONAL"));
    // New items fall due 4 hours after an EXCEPTIONAL raise; those already open keep their time.
    const added = items.filter((item) => item.option.minLevel === "EXCEPTIONAL");
    expect(added.every((item) => item.dueAt.getTime() === raisedAt.getTime() + 4 * 3_600_000)).toBe(true);
    expect(items.find((item) => item.id === first.id)?.dueAt).toEqual(first.dueAt);
    expect(items.find((item) => item.id === first.id)).toMatchObject({
      status: "NOT_IMPLEMENTED",
      rationale: "Door already bricked up",
    });
    expect(new Set(items.map((item) => item.activationId)).size).toBe(1);
  });

  it("standing down closes the activation and keeps its record", async () => {
    const site = await createSite();
    await setForce("HEIGHTENED");
    const activation = await db.activation.findFirst({ where: { siteId: site.id, closedAt: null } });
    await setForce("NORMAL");
    const closed = await db.activation.findUniqueOrThrow({ where: { id: activation!.id }, include: { items: true } });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.items.length).toBe(expectedCount("POLICE_STATION", "HEIGHTENED"));
    // Back at NORMAL the site keeps its baseline, and the stood-down activation has its debrief.
    const baseline = await openItemsOf(site.id);
    expect(expectedCount("POLICE_STATION", "NORMAL")).toBeGreaterThan(0);
    expect(baseline).toHaveLength(expectedCount("POLICE_STATION", "NORMAL"));
    expect(baseline.every((item) => item.option.minLevel === "NORMAL")).toBe(true);
    expect(await db.debrief.count({ where: { activationId: activation!.id } })).toBe(1);
  });

  it("lowering EXCEPTIONAL to HEIGHTENED stands down and reopens with the decisions carried over", async () => {
    const site = await createSite();
    await setForce("EXCEPTIONAL");
    const items = await openItemsOf(site.id);
    const decided = items.find((item) => item.option.minLevel === "HEIGHTENED")!;
    await db.checklistItem.update({ where: { id: decided.id }, data: { status: "IMPLEMENTED" } });
    await setForce("HEIGHTENED");
    const reopened = await openItemsOf(site.id);
    expect(reopened).toHaveLength(expectedCount("POLICE_STATION", "HEIGHTENED"));
    expect(reopened.find((item) => item.option.code === decided.option.code)?.status).toBe("IMPLEMENTED");
    expect(reopened[0].activationId).not.toBe(decided.activationId);
  });

  it("refuses a change based on a stale version with 409 and the current state", async () => {
    const version = await forceVersion();
    await setForce("NORMAL");
    await setForce("HEIGHTENED");
    const error = await changeResponseLevel(commander, {
      scope: "FORCE",
      level: "EXCEPTIONAL",
      reason: "Based on old state",
      reviewBy: reviewByFrom(),
      expectedVersion: version,
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "CONFLICT", status: 409 });
    expect(error.details.current.force).toMatchObject({ level: "HEIGHTENED", version: await forceVersion() });
  });

  it("of two concurrent changes on the same version exactly one wins", async () => {
    await setForce("NORMAL");
    const version = await forceVersion();
    const attempts = await Promise.allSettled([
      changeResponseLevel(commander, {
        scope: "FORCE",
        level: "HEIGHTENED",
        reason: "First commander",
        reviewBy: reviewByFrom(),
        expectedVersion: version,
      }),
      changeResponseLevel(commander, {
        scope: "FORCE",
        level: "EXCEPTIONAL",
        reason: "Second commander",
        reviewBy: reviewByFrom(),
        expectedVersion: version,
      }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    const rejected = attempts.find((attempt) => attempt.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await forceVersion()).toBe(version + 1);
  });

  it("refuses other roles and invalid input, changing nothing", async () => {
    const staff = await createUser(["STAFF"]);
    const version = await forceVersion();
    await expect(
      changeResponseLevel(staff, {
        scope: "FORCE",
        level: "EXCEPTIONAL",
        reason: "Not mine",
        expectedVersion: version,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      changeResponseLevel(commander, { scope: "FORCE", level: "SEVERE", reason: "", expectedVersion: version }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { level: expect.any(Array), reason: expect.any(Array) },
    });
    expect(await forceVersion()).toBe(version);
  });
});

describe("site overrides", () => {
  it("raises one site only, requires an expiry, and never lowers below the force level", async () => {
    await setForce("NORMAL");
    const site = await createSite();
    const other = await createSite();
    const base = { scope: "SITE", siteId: site.id, reason: "Local protest expected" } as const;
    await expect(
      changeResponseLevel(commander, { ...base, level: "HEIGHTENED", expectedVersion: await siteVersion(site.id) }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { expiresAt: expect.any(Array) },
    });
    const expiresAt = new Date(Date.now() + 3_600_000);
    const posture = await changeResponseLevel(commander, {
      ...base,
      level: "HEIGHTENED",
      expiresAt,
      expectedVersion: await siteVersion(site.id),
    });
    expect(posture.sites.find((entry) => entry.id === site.id)).toMatchObject({
      effectiveLevel: "HEIGHTENED",
      override: { level: "HEIGHTENED" },
    });
    expect(posture.sites.find((entry) => entry.id === other.id)?.effectiveLevel).toBe("NORMAL");
    expect(await openItemsOf(site.id)).toHaveLength(expectedCount("POLICE_STATION", "HEIGHTENED"));

    await setForce("HEIGHTENED");
    await expect(
      changeResponseLevel(commander, { ...base, level: "NORMAL", expectedVersion: await siteVersion(site.id) }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { level: [expect.stringContaining("only raises")] } });
    await setForce("NORMAL");
  });

  it("an expired override ends by itself, recorded as a change by the system", async () => {
    await setForce("NORMAL");
    const site = await createSite();
    const setAt = new Date(Date.now() - 2 * 3_600_000);
    await changeResponseLevel(
      commander,
      {
        scope: "SITE",
        siteId: site.id,
        level: "EXCEPTIONAL",
        reason: "Specific threat",
        expiresAt: new Date(setAt.getTime() + 3_600_000),
        expectedVersion: await siteVersion(site.id),
      },
      setAt,
    );
    const posture = await readPosture(commander);
    expect(posture.sites.find((entry) => entry.id === site.id)).toMatchObject({
      effectiveLevel: "NORMAL",
      override: null,
    });
    expect(await expireOverrides()).toBeGreaterThanOrEqual(1);
    expect(await expireOverrides()).toBe(0);
    const change = await db.levelChange.findFirstOrThrow({ where: { siteId: site.id, kind: "OVERRIDE_EXPIRED" } });
    expect(change).toMatchObject({ actorId: null, fromLevel: "EXCEPTIONAL", toLevel: "NORMAL" });
    expect((await openItemsOf(site.id)).map((item) => item.option.minLevel)).toEqual(
      Array(expectedCount("POLICE_STATION", "NORMAL")).fill("NORMAL"),
    );
    expect(
      await db.auditEvent.findFirst({ where: { type: "level.overrideExpired", entityId: site.id } }),
    ).toMatchObject({ actorId: null });
  });
});

describe("threat levels", () => {
  it("records a threat level without changing any response level, and suggests one", async () => {
    await setForce("NORMAL");
    const version = await forceVersion();
    await recordThreatLevel(commander, {
      scope: "NATIONAL",
      level: "SEVERE",
      reason: "JTAC raised the level",
      source: "JTAC",
    });
    const posture = await readPosture(commander);
    expect(posture.force).toMatchObject({ level: "NORMAL", version });
    expect(posture.threats.national?.level).toBe("SEVERE");
    expect(posture.threats.suggestion).toBe("HEIGHTENED");
    expect(posture.isBelowSuggestion).toBe(true);
    expect(
      await db.auditEvent.findFirst({ where: { type: "threat.recorded" }, orderBy: { id: "desc" } }),
    ).toMatchObject({ actorId: commander.id });
  });

  it("gives staff personal-security advice while the police-sector threat calls for it, never as checklist items", async () => {
    const site = await createSite({ type: "POLICE_STATION" });
    const staff = await createUser(["STAFF"], { homeSiteId: site.id });
    const record = (scope: "NATIONAL" | "POLICE_SECTOR", level: string) =>
      recordThreatLevel(commander, { scope, level, reason: "JTAC assessment", source: "JTAC" });
    await record("NATIONAL", "SUBSTANTIAL");
    await record("POLICE_SECTOR", "SUBSTANTIAL");
    expect((await readStaffPosture(staff)).personalSecurity).toEqual([]);
    await record("POLICE_SECTOR", "SEVERE");
    const advice = (await readStaffPosture(staff)).personalSecurity;
    expect(advice.map((item) => item.code)).toEqual(["PER-01", "PER-02", "PER-03", "PER-04"]);
    expect(advice[1]).toMatchObject({ title: "No uniform or identifiable lanyards off duty" });

    await setForce("NORMAL");
    await setForce("EXCEPTIONAL");
    const personal = await db.checklistItem.count({
      where: { activation: { siteId: site.id, closedAt: null }, option: { visibility: "PERSONAL" } },
    });
    expect(personal).toBe(0);
    expect((await openItemsOf(site.id)).length).toBe(expectedCount("POLICE_STATION", "EXCEPTIONAL"));
    await record("POLICE_SECTOR", "SUBSTANTIAL");
    expect((await readStaffPosture(staff)).personalSecurity).toEqual([]);
  });

  it("refuses staff", async () => {
    const staff = await createUser(["STAFF"]);
    await expect(
      recordThreatLevel(staff, { scope: "NATIONAL", level: "LOW", reason: "Because I can", source: "Me" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("previewing a change refuses what confirming would refuse, before Confirm is offered", () => {
  it("refuses a force change to the level already in force, naming the level", async () => {
    await setForce("NORMAL");
    await expect(previewResponseLevel(commander, { scope: "FORCE", level: "NORMAL" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { level: ["The force is already at NORMAL"] },
    });
  });

  it("refuses an override with a past, missing or too distant expiry, and one that does not raise", async () => {
    await setForce("HEIGHTENED");
    const site = await createSite();
    const preview = (input: object) => previewResponseLevel(commander, { scope: "SITE", siteId: site.id, ...input });
    const past = new Date(Date.now() - 60_000);
    await expect(preview({ level: "EXCEPTIONAL", expiresAt: past })).rejects.toMatchObject({
      fields: { expiresAt: ["The expiry must be in the future"] },
    });
    await expect(preview({ level: "EXCEPTIONAL" })).rejects.toMatchObject({ fields: { expiresAt: expect.any(Array) } });
    await expect(preview({ level: "NORMAL" })).rejects.toMatchObject({
      fields: { level: [expect.stringContaining("only raises a site above the force level")] },
    });
    await expect(preview({ level: "HEIGHTENED" })).rejects.toMatchObject({
      fields: { level: [expect.stringContaining("already at the force level")] },
    });
    const fine = await preview({ level: "EXCEPTIONAL", expiresAt: new Date(Date.now() + 3_600_000) });
    expect(fine.basedOnVersion).toBe(await siteVersion(site.id));
    await setForce("NORMAL");
  });
});

describe("review-by times on a force raise", () => {
  it("refuses a raise without a review-by time, or beyond its level's limit, naming the field and changing nothing", async () => {
    await setForce("NORMAL");
    const version = await forceVersion();
    await expect(
      changeResponseLevel(commander, {
        scope: "FORCE",
        level: "HEIGHTENED",
        reason: "No review",
        expectedVersion: version,
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { reviewBy: [expect.stringContaining("review HEIGHTENED")] },
    });
    await expect(
      changeResponseLevel(commander, {
        scope: "FORCE",
        level: "EXCEPTIONAL",
        reason: "Too far ahead",
        reviewBy: new Date(Date.now() + 8 * 86_400_000),
        expectedVersion: version,
      }),
    ).rejects.toMatchObject({ fields: { reviewBy: ["EXCEPTIONAL must be reviewed within 7 days"] } });
    await expect(previewResponseLevel(commander, { scope: "FORCE", level: "HEIGHTENED" })).rejects.toMatchObject({
      fields: { reviewBy: expect.any(Array) },
    });
    expect(await forceVersion()).toBe(version);
  });

  it("keeps the level when the time comes, reminds commanders once, and a review maintains it until a new time", async () => {
    const smtpUrl = "smtp://127.0.0.1:9";
    const config = notifyConfig({ SMTP_URL: smtpUrl, NEXTAUTH_URL: "https://estate.example" });
    const reviewer = await createUser(["COMMANDER"]);
    await db.user.update({ where: { id: reviewer.id }, data: { email: `${reviewer.username}@review.test` } });
    await setForce("NORMAL");
    const raisedAt = new Date();
    await setForce("HEIGHTENED", raisedAt);
    const dueAt = reviewByFrom(raisedAt);
    const afterDue = new Date(dueAt.getTime() + 60_000);

    expect(await queueForceReviewReminders(config, raisedAt)).toBe(0);
    await expireOverrides(afterDue);
    const posture = await readPosture(commander, afterDue);
    expect(posture.force).toMatchObject({ level: "HEIGHTENED", reviewBy: dueAt });
    expect(isReviewOverdue(posture.force, afterDue)).toBe(true);

    expect(await queueForceReviewReminders(config, afterDue)).toBeGreaterThanOrEqual(1);
    expect(await queueForceReviewReminders(config, afterDue)).toBe(0);
    const reminder = await db.outboxMessage.findFirstOrThrow({
      where: { recipient: `${reviewer.username}@review.test`, dedupeKey: { startsWith: "force-review:" } },
    });
    expect(reminder.content).toMatchObject({ subject: expect.stringContaining("Review overdue") });
    expect(await isStillNeeded(reminder.dedupeKey)).toBe(true);

    const next = new Date(afterDue.getTime() + 30 * 86_400_000);
    await reviewResponseLevel(
      commander,
      {
        scope: "FORCE",
        decision: "MAINTAIN",
        reviewBy: next,
        reason: "Threat unchanged; measures remain proportionate",
        expectedVersion: posture.force.version,
      },
      afterDue,
    );
    const force = await db.forceLevel.findUniqueOrThrow({ where: { id: 1 } });
    expect(force).toMatchObject({ level: "HEIGHTENED", reviewBy: next, version: posture.force.version + 1 });
    expect(await isStillNeeded(reminder.dedupeKey)).toBe(false);
    const change = await db.levelChange.findFirstOrThrow({
      where: { scope: "FORCE", kind: "REVIEW_MAINTAINED" },
      orderBy: { occurredAt: "desc" },
    });
    expect(change).toMatchObject({ fromLevel: "HEIGHTENED", toLevel: "HEIGHTENED", expiresAt: next });
    expect(await db.auditEvent.count({ where: { type: "level.reviewMaintained" } })).toBeGreaterThanOrEqual(1);
    await db.outboxMessage.deleteMany({ where: { dedupeKey: { startsWith: "force-review:" } } });
  });

  it("a review that changes the level goes through the change rules; NORMAL clears the review time", async () => {
    await setForce("HEIGHTENED");
    await expect(
      reviewResponseLevel(commander, {
        scope: "FORCE",
        decision: "CHANGE",
        reason: "No level given",
        expectedVersion: await forceVersion(),
      }),
    ).rejects.toMatchObject({ fields: { level: expect.any(Array) } });
    await reviewResponseLevel(commander, {
      scope: "FORCE",
      decision: "CHANGE",
      level: "NORMAL",
      reason: "Threat reduced to MODERATE",
      expectedVersion: await forceVersion(),
    });
    expect(await db.forceLevel.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      level: "NORMAL",
      reviewBy: null,
    });
    await expect(
      reviewResponseLevel(commander, {
        scope: "FORCE",
        decision: "MAINTAIN",
        reviewBy: reviewByFrom(),
        reason: "Nothing to keep",
        expectedVersion: await forceVersion(),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
