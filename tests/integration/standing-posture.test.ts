import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { optionApplies } from "@/lib/levels/checklist-rules";
import { listDebriefs, readDebrief, submitDebrief } from "@/lib/levels/debriefs";
import { updateChecklistItem } from "@/lib/levels/update-checklist-item";
import { toLondonLocal } from "@/lib/london-time";
import { policyReviewCsv } from "@/lib/reports/policy-review-csv";
import { readPolicyReview, readReviewPeriod } from "@/lib/reports/policy-review";
import { DAY, HOUR } from "@/lib/time";
import { createSite, createUser, ensurePublishedPolicy, siteVersion } from "./factories";

let commander: CurrentUser;
let options: Awaited<ReturnType<typeof ensurePublishedPolicy>>["options"];

const openActivationOf = (siteId: string) =>
  db.activation.findFirstOrThrow({
    where: { siteId, closedAt: null },
    include: { items: { include: { option: true }, orderBy: { option: { code: "asc" } } } },
  });

async function overrideSite(siteId: string, level: "NORMAL" | "HEIGHTENED", now: Date) {
  await changeResponseLevel(
    commander,
    {
      scope: "SITE",
      siteId,
      level,
      reason: level === "NORMAL" ? "Local threat has passed" : "Local threat to the site",
      ...(level !== "NORMAL" && { expiresAt: new Date(now.getTime() + 20 * DAY) }),
      expectedVersion: await siteVersion(siteId),
    },
    now,
  );
}

async function decide(user: CurrentUser, itemId: string, status: string, now: Date, rationale?: string) {
  const item = await db.checklistItem.findUniqueOrThrow({ where: { id: itemId } });
  return updateChecklistItem(user, itemId, { status, rationale, expectedVersion: item.version }, now);
}

beforeAll(async () => {
  options = (await ensurePublishedPolicy()).options;
  commander = await createUser(["COMMANDER"]);
});

describe("the NORMAL baseline", () => {
  it("a fresh site gets its baseline checklist, and a raise adds to it keeping the baseline's decisions", async () => {
    const site = await createSite({ type: "POLICE_STATION" });
    const lead = await createUser(["SITE_LEAD"], { homeSiteId: site.id });

    const baseline = await openActivationOf(site.id);
    const baselineOptions = options.filter((option) => optionApplies(option, "POLICE_STATION", "NORMAL"));
    expect(baselineOptions.length).toBeGreaterThan(0);
    // Opened with the site itself.
    const { openedAt } = baseline;
    expect(baseline.level).toBe("NORMAL");
    expect(Math.abs(openedAt.getTime() - site.createdAt.getTime())).toBeLessThan(5_000);
    expect(baseline.items.map((item) => item.option.code)).toEqual(baselineOptions.map((option) => option.code).sort());
    // A baseline item falls due a week after the baseline opens.
    expect(baseline.items.every((item) => item.dueAt.getTime() === openedAt.getTime() + 7 * DAY)).toBe(true);

    const [first] = baseline.items;
    await decide(lead, first.id, "IMPLEMENTED", openedAt);
    await overrideSite(site.id, "HEIGHTENED", new Date(openedAt.getTime() + HOUR));

    const raised = await openActivationOf(site.id);
    expect(raised.level).toBe("HEIGHTENED");
    expect(raised.items.length).toBe(
      options.filter((option) => optionApplies(option, "POLICE_STATION", "HEIGHTENED")).length,
    );
    expect(raised.items.find((item) => item.option.code === first.option.code)).toMatchObject({
      status: "IMPLEMENTED",
    });
    // The baseline closed without a debrief: rising is not a stand-down.
    expect((await db.activation.findUniqueOrThrow({ where: { id: baseline.id } })).closedAt).not.toBeNull();
    expect(await db.debrief.count({ where: { activationId: baseline.id } })).toBe(0);
    const periods = await db.siteLevelPeriod.findMany({ where: { siteId: site.id }, orderBy: { startedAt: "asc" } });
    expect(periods.map((period) => [period.level, period.endedAt === null])).toEqual([
      ["NORMAL", false],
      ["HEIGHTENED", true],
    ]);
  });
});

describe("stand-down debriefs", () => {
  it("opens a debrief with figures computed from a known history, which the lead completes", async () => {
    const site = await createSite({ type: "POLICE_STATION" });
    const lead = await createUser(["SITE_LEAD"], { homeSiteId: site.id });
    const raisedAt = new Date(Date.now() - 12 * DAY);
    await overrideSite(site.id, "HEIGHTENED", raisedAt);
    const activation = await openActivationOf(site.id);
    const [implemented, refused] = activation.items.filter((item) => Number(item.option.officerHoursPerDay) > 0);
    await decide(lead, implemented.id, "IMPLEMENTED", new Date(raisedAt.getTime() + DAY));
    await decide(lead, refused.id, "NOT_IMPLEMENTED", new Date(raisedAt.getTime() + 2 * DAY), "No barrier to hand");
    const stoodDownAt = new Date(raisedAt.getTime() + 11 * DAY);
    await overrideSite(site.id, "NORMAL", stoodDownAt);

    const [opened] = (await listDebriefs(lead, { status: "open" })).items;
    expect(opened).toMatchObject({ site: { id: site.id }, activation: { id: activation.id, level: "HEIGHTENED" } });
    const debrief = await readDebrief(lead, opened.id);
    // Implemented a day after the raise, in force for the ten days until the stand-down.
    const hours = Number(implemented.option.officerHoursPerDay) * 10;
    const cost = implemented.option.costPerDay * 10;
    expect(debrief.figures).toMatchObject({ implemented: 1, officerHours: hours, cost });
    expect(debrief.figures.daysAtLevel).toBeCloseTo(11, 5);
    expect(debrief.figures.averageHoursToImplement).toBeCloseTo(24, 5);
    expect(debrief).toMatchObject({
      officerHours: hours,
      cost,
      submittedAt: null,
      mayWrite: true,
      notImplemented: [{ code: refused.option.code, title: refused.option.title, reason: "No barrier to hand" }],
    });

    const findings = {
      whatWorked: "Briefings at each shift change",
      whatDidNot: "Barriers took a day to arrive",
      notImplemented: [{ code: refused.option.code, reason: "No barrier to hand; one is now stored on site" }],
      officerHours: 12.5,
      cost: 300,
      expectedVersion: debrief.version,
    };
    await expect(submitDebrief(lead, opened.id, { ...findings, whatWorked: "" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { whatWorked: [expect.stringContaining("what worked")] },
    });
    const other = await createUser(["SITE_LEAD"], { homeSiteId: (await createSite()).id });
    await expect(submitDebrief(other, opened.id, findings)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readDebrief(await createUser(["STAFF"], { homeSiteId: site.id }), opened.id)).rejects.toBeInstanceOf(
      AppError,
    );

    const saved = await submitDebrief(lead, opened.id, findings);
    expect(saved).toMatchObject({
      whatWorked: "Briefings at each shift change",
      officerHours: 12.5,
      cost: 300,
      notImplemented: [{ code: refused.option.code, reason: "No barrier to hand; one is now stored on site" }],
      submittedBy: lead.displayName,
    });
    await expect(submitDebrief(lead, opened.id, findings)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listDebriefs(commander, { status: "submitted", siteId: site.id })).total).toBe(1);
    expect((await listDebriefs(lead, { status: "open", siteId: site.id })).total).toBe(0);
  });
});

describe("the policy review pack", () => {
  it("reports a known history: days at level, time to implement, options not implemented, cost and debriefs", async () => {
    const site = await createSite({ type: "POLICE_STATION" });
    const lead = await createUser(["SITE_LEAD"], { homeSiteId: site.id });
    // Long ago, so nothing else the tests do falls in the period.
    const raisedAt = new Date(Date.now() - 400 * DAY);
    await overrideSite(site.id, "HEIGHTENED", raisedAt);
    const activation = await openActivationOf(site.id);
    const [implemented, refused] = activation.items.filter((item) => Number(item.option.officerHoursPerDay) > 0);
    await decide(lead, implemented.id, "IMPLEMENTED", new Date(raisedAt.getTime() + 6 * HOUR));
    await decide(lead, refused.id, "NOT_IMPLEMENTED", new Date(raisedAt.getTime() + HOUR), "Contractor unavailable");
    await overrideSite(site.id, "NORMAL", new Date(raisedAt.getTime() + 4 * DAY));
    const [debrief] = (await listDebriefs(lead, { siteId: site.id })).items;
    await submitDebrief(lead, debrief.id, {
      whatWorked: "The cascade reached every shift",
      whatDidNot: "Contractors could not attend",
      officerHours: 20,
      cost: 100,
      expectedVersion: debrief.version,
    });

    const day = (offset: number) => toLondonLocal(new Date(raisedAt.getTime() + offset * DAY)).slice(0, 10);
    const period = { from: day(-1), to: day(9) };
    const review = await readPolicyReview(commander, period);
    expect(review.period).toEqual(period);
    expect(review.totals).toMatchObject({
      activations: 1,
      heightened: 1,
      exceptional: 0,
      // In force from six hours after the raise until the stand-down four days after it.
      officerHours: Math.round(Number(implemented.option.officerHoursPerDay) * 3.75 * 10) / 10,
    });
    expect(review.daysAtLevel.find((row) => row.level === "HEIGHTENED")?.siteDays).toBe(4);
    expect(review.activations).toMatchObject({ total: 1, items: [{ siteCode: site.code, level: "HEIGHTENED" }] });
    expect(review.activations.items[0].daysAtLevel).toBeCloseTo(4, 5);
    expect(review.timeToImplement.find((row) => row.code === implemented.option.code)).toMatchObject({
      implemented: 1,
      averageHours: 6,
      longestHours: 6,
    });
    expect(review.notImplemented).toEqual([
      { code: refused.option.code, title: refused.option.title, count: 1, rationales: ["Contractor unavailable"] },
    ]);
    expect(review.debriefs).toMatchObject({
      submitted: 1,
      open: 0,
      items: [{ whatWorked: "The cascade reached every shift", whatDidNot: "Contractors could not attend" }],
    });

    const csv = await policyReviewCsv(readReviewPeriod(commander, period), "activations");
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Site,Site name,Level,Opened,Closed,Days at level/);
    expect(lines[1]).toContain(`${site.code},`);
    expect(lines[1]).toContain("The cascade reached every shift");
    const options = await policyReviewCsv(readReviewPeriod(commander, period), "options");
    expect(options).toContain(`${implemented.option.code},`);

    await expect(readPolicyReview(lead, period)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readPolicyReview(commander, { from: "2025-02-30" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { from: [expect.stringContaining("start of the period")] },
    });
    await expect(readPolicyReview(commander, { from: day(5), to: day(1) })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { from: ["The start must be on or before the end"] },
    });
    const admin = await createUser(["ADMIN"]);
    expect((await readPolicyReview(admin, period)).totals.activations).toBe(1);
  });
});
