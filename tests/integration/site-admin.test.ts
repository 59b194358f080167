import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { optionApplies } from "@/lib/levels/checklist-rules";
import { closeSite } from "@/lib/sites/close-site";
import { createSite, listSitesForAdmin, updateSite } from "@/lib/sites/manage-sites";
import { readCurrentUser } from "@/lib/auth/sessions";
import { readAcknowledgementCoverage } from "@/lib/levels/read-coverage";
import { readPosture } from "@/lib/levels/read-posture";
import { readStaffPosture } from "@/lib/levels/read-staff-posture";
import { createUser, ensurePublishedPolicy, forceVersion, reviewByFrom } from "./factories";

let admin: CurrentUser;
let commander: CurrentUser;
let options: Awaited<ReturnType<typeof ensurePublishedPolicy>>["options"];
const code = () => `N${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
const valid = () => ({
  code: code(),
  name: "New Street Police Station",
  type: "POLICE_STATION",
  district: "Central",
  address: "1 New Street, Kingsbridge",
});

async function setForce(level: "NORMAL" | "HEIGHTENED") {
  const current = await db.forceLevel.findUniqueOrThrow({ where: { id: 1 } });
  if (current.level === level) return;
  await changeResponseLevel(commander, {
    scope: "FORCE",
    level,
    reason: `Site administration test at ${level}`,
    reviewBy: reviewByFrom(),
    expectedVersion: await forceVersion(),
  });
}

beforeAll(async () => {
  options = (await ensurePublishedPolicy()).options;
  admin = await createUser(["ADMIN"]);
  commander = await createUser(["COMMANDER"]);
});
afterAll(() => setForce("NORMAL"));

describe("site administration", () => {
  it("adds a site at the force level, with the checklist that level calls for, audited", async () => {
    await setForce("HEIGHTENED");
    const input = valid();
    const created = await createSite(admin, { ...input, code: input.code.toLowerCase() });
    expect(created).toMatchObject({ code: input.code, level: "HEIGHTENED" });
    expect((await db.siteLevel.findUniqueOrThrow({ where: { siteId: created.id } })).effectiveLevel).toBe("HEIGHTENED");
    const open = await db.activation.findFirstOrThrow({
      where: { siteId: created.id, closedAt: null },
      include: { items: true },
    });
    expect(open.level).toBe("HEIGHTENED");
    expect(open.items).toHaveLength(
      options.filter((option) => optionApplies(option, "POLICE_STATION", "HEIGHTENED")).length,
    );
    expect(await db.auditEvent.findFirst({ where: { type: "site.created", entityId: created.id } })).toMatchObject({
      actorId: admin.id,
    });
  });

  it("refuses a duplicate code and bad fields by name, changing nothing; only admins manage sites", async () => {
    const input = valid();
    await createSite(admin, input);
    const before = await db.site.count();
    await expect(createSite(admin, input)).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { code: [expect.any(String)] },
    });
    await expect(createSite(admin, { ...valid(), code: "x", type: "CASTLE", address: "" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { code: [expect.any(String)], type: ["Choose the type of site"], address: [expect.any(String)] },
    });
    await expect(createSite(commander, valid())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listSitesForAdmin(commander)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.site.count()).toBe(before);
  });

  it("edits a site, audits what changed, and finds it by search a page at a time", async () => {
    const created = await createSite(admin, valid());
    const taken = await createSite(admin, valid());
    const saved = await updateSite(admin, created.id, { name: "Renamed Police Station", district: "Central" });
    expect(saved.name).toBe("Renamed Police Station");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "site.updated", entityId: created.id } });
    expect(audit.payload).toEqual({ name: { from: "New Street Police Station", to: "Renamed Police Station" } });
    await expect(updateSite(admin, created.id, { code: taken.code })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateSite(admin, crypto.randomUUID(), { name: "Nowhere" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const found = await listSitesForAdmin(admin, { q: "renamed police" });
    expect(found.items.map((site) => site.id)).toEqual([created.id]);
    const page = await listSitesForAdmin(admin, { page: 1 });
    expect(page.items.length).toBeLessThanOrEqual(page.pageSize);
    expect(page.total).toBe(await db.site.count());
  });

  it("closes a site: history kept, gone from the live posture, coverage and every later level change", async () => {
    await setForce("NORMAL");
    const site = await createSite(admin, valid());
    const lead = await createUser(["SITE_LEAD"], { homeSiteId: site.id });
    await expect(closeSite(admin, site.id, { closed: true, reason: "" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { reason: [expect.any(String)] },
    });
    await expect(closeSite(commander, site.id, { closed: true, reason: "Sold" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await db.site.findUniqueOrThrow({ where: { id: site.id } })).closedAt).toBeNull();

    const closed = await closeSite(admin, site.id, { closed: true, reason: "Building sold" });
    expect(closed.closedAt).toBeInstanceOf(Date);
    await expect(closeSite(admin, site.id, { closed: true, reason: "Again" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.activation.count({ where: { siteId: site.id, closedAt: null } })).toBe(0);
    expect(await db.activation.count({ where: { siteId: site.id } })).toBe(1);
    expect(await db.siteLevelPeriod.count({ where: { siteId: site.id, endedAt: null } })).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { type: "site.closed", entityId: site.id } })).toMatchObject({
      actorId: admin.id,
      payload: { code: site.code, reason: "Building sold" },
    });

    await setForce("HEIGHTENED");
    expect((await db.siteLevel.findUniqueOrThrow({ where: { siteId: site.id } })).effectiveLevel).toBe("NORMAL");
    expect(await db.activation.count({ where: { siteId: site.id, closedAt: null } })).toBe(0);
    const posture = await readPosture(commander);
    expect(posture.sites.map((entry) => entry.id)).not.toContain(site.id);
    expect((await readAcknowledgementCoverage(commander)).sites.map((entry) => entry.siteId)).not.toContain(site.id);
    expect((await readCurrentUser({ id: lead.id })).homeSiteId).toBeNull();
    await expect(readStaffPosture(commander, site.id)).resolves.toMatchObject({ site: null });
  });
});
