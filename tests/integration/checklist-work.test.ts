import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { readLevelHistory, readSiteChecklist } from "@/lib/levels/read-site-checklist";
import { updateChecklistItem } from "@/lib/levels/update-checklist-item";
import { updateChecklistItems } from "@/lib/levels/update-checklist-items";
import { readSiteLog, writeSiteLogEntry } from "@/lib/sites/site-log";
import { HOUR } from "@/lib/time";
import { createSite, createUser, ensurePublishedPolicy, siteVersion } from "./factories";

// How a site lead works a long checklist in minutes: filtered views, many items decided at once
// (all or nothing, one audited change each), and a due time that moves only with a reason.
let commander: CurrentUser;
let siteLead: CurrentUser;
let site: Awaited<ReturnType<typeof createSite>>;

async function raise(siteId: string) {
  await changeResponseLevel(commander, {
    scope: "SITE",
    siteId,
    level: "EXCEPTIONAL",
    reason: "Local threat",
    expiresAt: new Date(Date.now() + 86_400_000),
    expectedVersion: await siteVersion(siteId),
  });
}

const pendingItems = async () =>
  (await readSiteChecklist(siteLead, site.id, { show: "pending" })).items.map(({ id, version }) => ({
    id,
    expectedVersion: version,
  }));

beforeAll(async () => {
  await ensurePublishedPolicy();
  commander = await createUser(["COMMANDER"]);
  site = await createSite({ type: "POLICE_STATION" });
  siteLead = await createUser(["SITE_LEAD"], { homeSiteId: site.id });
  await raise(site.id);
});

describe("bulk decisions on a checklist", () => {
  it("marks the chosen items in one transaction, each with its own audited change", async () => {
    const [first, second, untouched] = await pendingItems();
    const auditBefore = await db.auditEvent.count({ where: { type: "checklist.itemChanged" } });
    const result = await updateChecklistItems(siteLead, site.id, { status: "IMPLEMENTED", items: [first, second] });
    expect(result.items.map((item) => item.status)).toEqual(["IMPLEMENTED", "IMPLEMENTED"]);
    const saved = await db.checklistItem.findMany({ where: { id: { in: [first.id, second.id, untouched.id] } } });
    expect(Object.fromEntries(saved.map((item) => [item.id, item.status]))).toEqual({
      [first.id]: "IMPLEMENTED",
      [second.id]: "IMPLEMENTED",
      [untouched.id]: "PENDING",
    });
    expect(saved.find((item) => item.id === first.id)).toMatchObject({ updatedById: siteLead.id, version: 1 });
    const audits = await db.auditEvent.findMany({
      where: { type: "checklist.itemChanged", entityId: { in: [first.id, second.id] } },
    });
    expect(audits.map((audit) => audit.payload)).toEqual([
      expect.objectContaining({ from: "PENDING", to: "IMPLEMENTED" }),
      expect.objectContaining({ from: "PENDING", to: "IMPLEMENTED" }),
    ]);
    expect(await db.auditEvent.count({ where: { type: "checklist.itemChanged" } })).toBe(auditBefore + 2);
  });

  it("tells the site's staff pages only of decisions that change the measures they see", async () => {
    const staffItem = await db.checklistItem.findFirstOrThrow({
      where: {
        activation: { siteId: site.id, closedAt: null },
        status: "PENDING",
        option: { visibility: "ALL_STAFF" },
      },
    });
    const restrictedItem = await db.checklistItem.findFirstOrThrow({
      where: {
        activation: { siteId: site.id, closedAt: null },
        status: "PENDING",
        option: { visibility: "RESTRICTED" },
      },
    });
    const lastEvent = async () =>
      (await db.postureEvent.findFirstOrThrow({ where: { siteId: site.id }, orderBy: { id: "desc" } })).type;
    const decide = async (itemId: string, status: string, version: number) =>
      updateChecklistItem(siteLead, itemId, { status, expectedVersion: version });

    const implemented = await decide(staffItem.id, "IMPLEMENTED", staffItem.version);
    expect(await lastEvent()).toBe("checklist"); // still on the staff's list
    await decide(staffItem.id, "NOT_APPLICABLE", implemented.version);
    expect(await lastEvent()).toBe("measures"); // gone from the staff's list
    await decide(restrictedItem.id, "NOT_APPLICABLE", restrictedItem.version);
    expect(await lastEvent()).toBe("checklist"); // never on it
  });

  it("changes nothing when any item is stale, and says which", async () => {
    const [fresh, stale] = await pendingItems();
    await updateChecklistItem(siteLead, stale.id, { status: "NOT_APPLICABLE", expectedVersion: stale.expectedVersion });
    await expect(
      updateChecklistItems(siteLead, site.id, { status: "IMPLEMENTED", items: [fresh, stale] }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: [expect.objectContaining({ id: stale.id, status: "NOT_APPLICABLE" })] },
    });
    expect((await db.checklistItem.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("PENDING");
  });

  it("refuses items of another site, other sites' leads, staff, and an empty selection, naming the field", async () => {
    const other = await createSite({ type: "POLICE_STATION" });
    await raise(other.id);
    const [foreign] = (await readSiteChecklist(commander, other.id)).items;
    const [own] = await pendingItems();
    await expect(
      updateChecklistItems(siteLead, site.id, {
        status: "IMPLEMENTED",
        items: [own, { id: foreign.id, expectedVersion: foreign.version }],
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { items: ["Choose checklist items from this site"] } });
    expect((await db.checklistItem.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("PENDING");
    await expect(
      updateChecklistItems(siteLead, other.id, { status: "IMPLEMENTED", items: [own] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const staff = await createUser(["STAFF"], { homeSiteId: site.id });
    await expect(updateChecklistItems(staff, site.id, { status: "IMPLEMENTED", items: [own] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(updateChecklistItems(siteLead, site.id, { status: "IMPLEMENTED", items: [] })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { items: ["Select at least one item"] },
    });
    await expect(
      updateChecklistItems(siteLead, site.id, { status: "NOT_IMPLEMENTED", items: [own] }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { status: ["Choose implemented or not applicable"] } });
  });
});

describe("due times", () => {
  it("move only with a reason, kept in the audit with the time replaced; the same minute is no move", async () => {
    const [item] = (await readSiteChecklist(siteLead, site.id, { show: "pending" })).items;
    const later = new Date(item.dueAt.getTime() + 2 * HOUR);
    await expect(
      updateChecklistItem(siteLead, item.id, { status: "PENDING", dueAt: later, expectedVersion: item.version }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { dueChangeReason: ["Give the reason for changing the due time"] },
    });
    const sameMinute = new Date(Math.floor(item.dueAt.getTime() / 60_000) * 60_000);
    await updateChecklistItem(siteLead, item.id, {
      status: "PENDING",
      dueAt: sameMinute,
      assigneeId: siteLead.id,
      expectedVersion: item.version,
    });
    expect((await db.checklistItem.findUniqueOrThrow({ where: { id: item.id } })).dueAt).toEqual(item.dueAt);
    await updateChecklistItem(siteLead, item.id, {
      status: "PENDING",
      dueAt: later,
      dueChangeReason: "Contractor cannot attend until the afternoon",
      expectedVersion: item.version + 1,
    });
    expect((await db.checklistItem.findUniqueOrThrow({ where: { id: item.id } })).dueAt).toEqual(later);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: item.id }, orderBy: { id: "desc" } });
    expect(audit.payload).toMatchObject({
      previousDueAt: item.dueAt.toISOString(),
      dueAt: later.toISOString(),
      dueChangeReason: "Contractor cannot attend until the afternoon",
    });
  });
});

describe("filtered views of a checklist", () => {
  it("pick pending, overdue, assigned-to-me and category items in the database, with every category counted", async () => {
    const all = await readSiteChecklist(siteLead, site.id);
    expect(all.items.length).toBe(all.progress.total);
    const pending = await readSiteChecklist(siteLead, site.id, { show: "pending" });
    expect(pending.items.every((item) => item.status === "PENDING")).toBe(true);
    expect(pending.items.length).toBe(all.progress.total - all.progress.considered);
    expect(pending.progress).toEqual(all.progress);

    const mine = await readSiteChecklist(siteLead, site.id, { show: "mine" });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((item) => item.assigneeId === siteLead.id)).toBe(true);

    const inFourHours = new Date(Date.now() + 5 * HOUR);
    const overdue = await readSiteChecklist(siteLead, site.id, { show: "overdue" }, inFourHours);
    expect(overdue.items.length).toBe(overdue.progress.overdue);
    expect(overdue.items.every((item) => item.isOverdue)).toBe(true);
    expect((await readSiteChecklist(siteLead, site.id, { show: "overdue" })).items).toEqual([]);

    const [category] = all.counts;
    const ofCategory = await readSiteChecklist(siteLead, site.id, { category: category.category });
    expect(ofCategory.items.length).toBe(category.total);
    expect(ofCategory.items.every((item) => item.option.category === category.category)).toBe(true);
    expect(all.counts.reduce((sum, count) => sum + count.total, 0)).toBe(all.progress.total);
  });
});

describe("a site's level history", () => {
  it("is read a page at a time, newest first", async () => {
    const all = await readLevelHistory(siteLead, site.id, { page: 1, pageSize: 1000 });
    expect(all.total).toBeGreaterThan(0);
    const first = await readLevelHistory(siteLead, site.id, { page: 1, pageSize: 1 });
    expect(first).toMatchObject({ page: 1, pageSize: 1, total: all.total });
    expect(first.items.map((change) => change.id)).toEqual([all.items[0].id]);
    const last = await readLevelHistory(siteLead, site.id, { page: all.total, pageSize: 1 });
    expect(last.items.map((change) => change.id)).toEqual([all.items[all.total - 1].id]);
  });
});

describe("the site log", () => {
  it("keeps significant events and NDM decisions, newest first, and names a decision's missing parts", async () => {
    const site = await createSite({ type: "POLICE_STATION" });
    const lead = await createUser(["SITE_LEAD"], { homeSiteId: site.id });
    const otherLead = await createUser(["SITE_LEAD"], { homeSiteId: (await createSite()).id });
    const staff = await createUser(["STAFF"], { homeSiteId: site.id });
    await expect(
      writeSiteLogEntry(lead, site.id, { kind: "DECISION", summary: "Closed the rear gate" }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: {
        information: expect.any(Array),
        assessment: expect.any(Array),
        action: expect.any(Array),
        review: expect.any(Array),
      },
    });
    const earlier = new Date(Date.now() - 3_600_000);
    await writeSiteLogEntry(lead, site.id, {
      kind: "EVENT",
      summary: "Suspicious vehicle photographed the front gate",
      occurredAt: earlier,
      action: "ignored for an event",
    });
    await writeSiteLogEntry(lead, site.id, {
      kind: "DECISION",
      summary: "Rear gate closed to all but emergency vehicles",
      information: "Vehicle seen twice at the rear gate",
      assessment: "Possible hostile reconnaissance",
      powersAndPolicy: "Op Quantity ACC-02",
      options: "Close the gate, or staff it",
      action: "Gate closed and signed",
      review: "At the next shift briefing",
    });
    const log = await readSiteLog(lead, site.id);
    expect(log.total).toBe(2);
    expect(log.items.map((entry) => entry.kind)).toEqual(["DECISION", "EVENT"]);
    expect(log.items[0]).toMatchObject({
      assessment: "Possible hostile reconnaissance",
      author: { displayName: lead.displayName },
    });
    expect(log.items[1].action).toBeNull();
    expect(await db.auditEvent.count({ where: { type: "site.logged", entityId: site.id } })).toBe(2);
    await expect(readSiteLog(otherLead, site.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      writeSiteLogEntry(staff, site.id, { kind: "EVENT", summary: "Staff cannot write here" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readSiteLog(commander, site.id)).resolves.toMatchObject({ total: 2 });
  });
});

describe("recurring checks", () => {
  it("are due again after each confirmation, which the site log keeps with who, when and the note", async () => {
    const recurringSite = await createSite({ type: "POLICE_STATION" });
    const lead = await createUser(["SITE_LEAD"], { homeSiteId: recurringSite.id });
    await raise(recurringSite.id);
    const item = async (at = new Date()) =>
      (await readSiteChecklist(lead, recurringSite.id, {}, at)).items.find((each) => each.option.code === "SRC-04")!;
    const sweep = await item();
    expect(sweep.option.cadence).toBe("EVERY_SHIFT");

    const confirmedAt = new Date();
    await updateChecklistItem(
      lead,
      sweep.id,
      {
        status: "IMPLEMENTED",
        rationale: "Sweep of car park and lobby: nothing found",
        expectedVersion: sweep.version,
      },
      confirmedAt,
    );
    const confirmed = await item();
    expect(confirmed.dueAt.getTime()).toBe(confirmedAt.getTime() + 8 * HOUR);
    expect(confirmed.isOverdue).toBe(false);

    const nextShift = new Date(confirmedAt.getTime() + 9 * HOUR);
    const later = await readSiteChecklist(lead, recurringSite.id, { show: "overdue" }, nextShift);
    expect(later.items.map((each) => each.option.code)).toContain("SRC-04");
    expect((await item(nextShift)).isOverdue).toBe(true);

    await updateChecklistItem(lead, sweep.id, { status: "IMPLEMENTED", expectedVersion: confirmed.version }, nextShift);
    const log = await readSiteLog(lead, recurringSite.id);
    const checks = log.items.filter((entry) => entry.kind === "CHECK");
    expect(checks).toHaveLength(2);
    expect(checks[1]).toMatchObject({
      summary: "Confirmed SRC-04 Unpredictable search sweeps",
      information: "Sweep of car park and lobby: nothing found",
      author: { displayName: lead.displayName },
    });
  });
});
