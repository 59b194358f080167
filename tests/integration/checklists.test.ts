import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { acknowledgePosture } from "@/lib/levels/acknowledge-posture";
import { applyEffectiveLevels } from "@/lib/levels/apply-effective-levels";
import { readPosture } from "@/lib/levels/read-posture";
import { readSiteChecklist } from "@/lib/levels/read-site-checklist";
import { readStaffPosture } from "@/lib/levels/read-staff-posture";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { updateChecklistItem } from "@/lib/levels/update-checklist-item";
import { createPolicyDraft, publishPolicyDraft, saveDraftOption } from "@/lib/policy/edit-policy";
import { createSite, createUser, ensurePublishedPolicy, siteVersion } from "./factories";

let commander: CurrentUser;
let site: Awaited<ReturnType<typeof createSite>>;
let siteLead: CurrentUser;
let staff: CurrentUser;

async function raiseSite(siteId: string, level: "HEIGHTENED" | "EXCEPTIONAL") {
  await changeResponseLevel(commander, {
    scope: "SITE",
    siteId,
    level,
    reason: "Local threat",
    expiresAt: new Date(Date.now() + 86_400_000),
    expectedVersion: await siteVersion(siteId),
  });
}

beforeAll(async () => {
  await ensurePublishedPolicy();
  commander = await createUser(["COMMANDER"]);
  site = await createSite({ type: "POLICE_STATION" });
  siteLead = await createUser(["SITE_LEAD"], { homeSiteId: site.id });
  staff = await createUser(["STAFF"], { homeSiteId: site.id });
  if ((await db.siteLevel.findUniqueOrThrow({ where: { siteId: site.id } })).effectiveLevel === "NORMAL")
    await raiseSite(site.id, "EXCEPTIONAL");
});

describe("need to know: the estate's posture", () => {
  it("gives commanders every site, and everyone else the force level and their own site, without an override's reason", async () => {
    const other = await createSite();
    await raiseSite(other.id, "HEIGHTENED");
    const officer = await createUser(["OFFICER"], { homeSiteId: other.id });
    const homeless = await createUser(["STAFF"]);
    const all = await readPosture(commander);
    expect(all.sites.map((entry) => entry.id)).toEqual(expect.arrayContaining([site.id, other.id]));
    expect(all.sites.find((entry) => entry.id === other.id)?.override?.reason).toBe("Local threat");
    for (const [user, home] of [
      [staff, site.id],
      [siteLead, site.id],
      [officer, other.id],
    ] as const) {
      const posture = await readPosture(user);
      expect(posture.sites.map((entry) => entry.id)).toEqual([home]);
      expect(posture.force.level).toBeDefined();
    }
    expect((await readPosture(officer)).sites[0].override).toMatchObject({ level: "HEIGHTENED", reason: null });
    expect((await readPosture(homeless)).sites).toEqual([]);
  });
});

describe("need to know: restricted options", () => {
  it("never reach a STAFF response", async () => {
    const restricted = await db.checklistItem.findMany({
      where: { activation: { siteId: site.id, closedAt: null }, option: { visibility: "RESTRICTED" } },
      include: { option: true },
    });
    expect(restricted.length).toBeGreaterThan(0);
    const staffView = JSON.stringify([await readStaffPosture(staff), await readPosture(staff)]);
    for (const item of restricted) {
      expect(staffView).not.toContain(item.option.title);
      expect(staffView).not.toContain(item.option.code);
    }
    expect(staffView).toContain("Pass checks at every entry point");
    // What site leads themselves do is theirs: it is not on the staff posture either.
    expect(staffView).not.toContain("Brief all staff on the response level");
    expect((await readPosture(staff)).sites.every((entry) => entry.checklist === undefined)).toBe(true);
    await expect(readSiteChecklist(staff, site.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives a site lead the checklist of their own site only", async () => {
    const other = await createSite();
    const own = await readSiteChecklist(siteLead, site.id);
    expect(own.items.some((item) => item.option.visibility === "RESTRICTED")).toBe(true);
    await expect(readSiteChecklist(siteLead, other.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const posture = await readPosture(siteLead);
    expect(posture.sites.find((entry) => entry.id === site.id)?.checklist?.total).toBe(own.items.length);
    expect(posture.sites.find((entry) => entry.id === other.id)?.checklist).toBeUndefined();
  });
});

describe("working a checklist", () => {
  it("records a decision with who and when, audited in the same transaction", async () => {
    const { items } = await readSiteChecklist(siteLead, site.id);
    const item = items[0];
    await updateChecklistItem(siteLead, item.id, {
      status: "IMPLEMENTED",
      assigneeId: siteLead.id,
      expectedVersion: item.version,
    });
    const saved = await db.checklistItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved).toMatchObject({ status: "IMPLEMENTED", assigneeId: siteLead.id, updatedById: siteLead.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: item.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      type: "checklist.itemChanged",
      actorId: siteLead.id,
      payload: { from: "PENDING", to: "IMPLEMENTED" },
    });
  });

  it("refuses NOT_IMPLEMENTED without a rationale, naming the field, and changes nothing", async () => {
    const { items } = await readSiteChecklist(siteLead, site.id);
    const pending = items.find((item) => item.status === "PENDING")!;
    await expect(
      updateChecklistItem(siteLead, pending.id, { status: "NOT_IMPLEMENTED", expectedVersion: pending.version }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { rationale: ["Give the rationale for not implementing this option"] },
    });
    expect((await db.checklistItem.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
    await updateChecklistItem(siteLead, pending.id, {
      status: "NOT_IMPLEMENTED",
      rationale: "No second entrance",
      expectedVersion: pending.version,
    });
    expect((await db.checklistItem.findUniqueOrThrow({ where: { id: pending.id } })).rationale).toBe(
      "No second entrance",
    );
  });

  it("refuses staff and other sites' leads", async () => {
    const { items } = await readSiteChecklist(siteLead, site.id);
    const otherLead = await createUser(["SITE_LEAD"], { homeSiteId: (await createSite()).id });
    await expect(
      updateChecklistItem(staff, items[0].id, { status: "NOT_APPLICABLE", expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateChecklistItem(otherLead, items[0].id, { status: "NOT_APPLICABLE", expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("concurrent and hostile checklist updates", () => {
  it("lets exactly one of 20 concurrent updates on one version win; the rest get 409 with the item now", async () => {
    const { items } = await readSiteChecklist(siteLead, site.id);
    const item = items.find((candidate) => candidate.status === "PENDING")!;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        updateChecklistItem(siteLead, item.id, {
          status: index % 2 ? "IMPLEMENTED" : "NOT_APPLICABLE",
          expectedVersion: item.version,
        }),
      ),
    );
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result) => result.status === "rejected").map((result) => result.reason as unknown);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const error of lost)
      expect(error).toMatchObject({
        code: "CONFLICT",
        details: { current: { id: item.id, version: item.version + 1 } },
      });
    const audits = await db.auditEvent.findMany({ where: { entityId: item.id, type: "checklist.itemChanged" } });
    expect(audits).toHaveLength(1);
    expect(audits[0].payload).toMatchObject({ from: "PENDING" });
  });

  it("audits the true previous state when two updates follow each other", async () => {
    const { items } = await readSiteChecklist(siteLead, site.id);
    const item = items.find((candidate) => candidate.status === "PENDING")!;
    const first = await updateChecklistItem(siteLead, item.id, {
      status: "IMPLEMENTED",
      expectedVersion: item.version,
    });
    await updateChecklistItem(siteLead, item.id, { status: "NOT_APPLICABLE", expectedVersion: first.version });
    const audits = await db.auditEvent.findMany({
      where: { entityId: item.id, type: "checklist.itemChanged" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((audit) => (audit.payload as { from: string }).from)).toEqual(["PENDING", "IMPLEMENTED"]);
  });

  it("assigns only people of the site or commanders", async () => {
    const { items } = await readSiteChecklist(siteLead, site.id);
    const item = items.find((candidate) => candidate.status === "PENDING")!;
    const outsider = await createUser(["STAFF"], { homeSiteId: (await createSite()).id });
    const otherSitesLead = await createUser(["SITE_LEAD"], { homeSiteId: (await createSite()).id });
    for (const assignee of [outsider, otherSitesLead]) {
      await expect(
        updateChecklistItem(siteLead, item.id, {
          status: "PENDING",
          assigneeId: assignee.id,
          expectedVersion: item.version,
        }),
      ).rejects.toMatchObject({
        code: "VALIDATION",
        fields: { assigneeId: expect.any(Array) },
      });
    }
    const commander = await createUser(["COMMANDER"]);
    const { assignees } = await readSiteChecklist(siteLead, site.id);
    expect(assignees.map((user) => user.id)).not.toContain(otherSitesLead.id);
    await updateChecklistItem(siteLead, item.id, {
      status: "PENDING",
      assigneeId: commander.id,
      expectedVersion: item.version,
    });
  });

  it("answers a non-UUID item id, a NUL byte or an impossible date with 422 naming the field", async () => {
    const { items } = await readSiteChecklist(siteLead, site.id);
    const item = items[0];
    await expect(
      updateChecklistItem(siteLead, "not-a-uuid", { status: "PENDING", expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { itemId: expect.any(Array) } });
    const bad = [
      [{ status: "NOT_IMPLEMENTED", rationale: "no\u0000pe", expectedVersion: item.version }, "rationale"],
      [{ status: "NOT_IMPLEMENTED", rationale: "lone \ud800 surrogate", expectedVersion: item.version }, "rationale"],
      [{ status: "PENDING", dueAt: "1850-01-01T00:00:00Z", expectedVersion: item.version }, "dueAt"],
      [{ status: "PENDING", dueAt: "+275760-09-13T00:00:00.000Z", expectedVersion: item.version }, "dueAt"],
      [{ status: "PENDING", expectedVersion: 2 ** 40 }, "expectedVersion"],
    ] as const;
    for (const [input, field] of bad) {
      await expect(updateChecklistItem(siteLead, item.id, input)).rejects.toMatchObject({
        code: "VALIDATION",
        fields: { [field]: expect.any(Array) },
      });
    }
  });
});

describe("acknowledgements", () => {
  it("are recorded once per person per posture change, and audited", async () => {
    const posture = await readStaffPosture(staff);
    expect(posture.acknowledgedAt).toBeNull();
    const input = { siteId: site.id, postureVersion: posture.site!.postureVersion };
    await acknowledgePosture(staff, input);
    await acknowledgePosture(staff, input);
    expect(await db.acknowledgement.count({ where: { userId: staff.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { type: "posture.acknowledged", actorId: staff.id } })).toBe(1);
    expect((await readStaffPosture(staff)).acknowledgedAt).not.toBeNull();
    await expect(
      acknowledgePosture(staff, { ...input, postureVersion: input.postureVersion - 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the Menu of Options as policy", () => {
  it("publishing a new version never rewrites raised checklists, and moves NORMAL baselines onto it", async () => {
    const admin = await createUser(["ADMIN"]);
    const before = await db.checklistItem.findMany({
      where: { activation: { siteId: site.id, closedAt: null } },
      orderBy: { id: "asc" },
    });
    expect((await db.activation.findFirstOrThrow({ where: { siteId: site.id, closedAt: null } })).level).not.toBe(
      "NORMAL",
    );
    const quiet = await createSite({ type: "POLICE_STATION" });
    const [decided] = await db.checklistItem.findMany({
      where: { activation: { siteId: quiet.id, closedAt: null } },
      include: { option: true },
    });
    await db.checklistItem.update({ where: { id: decided.id }, data: { status: "NOT_APPLICABLE" } });
    await createPolicyDraft(admin);
    await saveDraftOption(admin, {
      code: "NEW-02",
      title: "A new baseline measure",
      guidance: "Kept at every level, from NORMAL.",
      category: "Baseline",
      minLevel: "NORMAL",
      siteTypes: ["POLICE_STATION"],
      ownerRole: "SITE_LEAD",
      officerHoursPerDay: "0",
      costPerDay: "0",
      visibility: "ALL_STAFF",
    });
    await saveDraftOption(admin, {
      code: "NEW-01",
      title: "A brand new option",
      guidance: "Added in the next version of the policy.",
      category: "Communication",
      minLevel: "HEIGHTENED",
      siteTypes: ["POLICE_STATION"],
      ownerRole: "SITE_LEAD",
      officerHoursPerDay: "1.5",
      costPerDay: "0",
      visibility: "ALL_STAFF",
    });
    await expect(publishPolicyDraft(admin, {})).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { confirm: expect.any(Array) },
    });
    const published = await publishPolicyDraft(admin, { confirm: true });
    expect(published.diff).toEqual({
      added: [
        { code: "NEW-01", title: "A brand new option" },
        { code: "NEW-02", title: "A new baseline measure" },
      ],
      removed: [],
      changed: [],
    });
    expect(await db.policyVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } })).toMatchObject({
      approvedById: admin.id,
      approverName: admin.displayName,
      approverRole: "Admin",
    });
    const after = await db.checklistItem.findMany({
      where: { activation: { siteId: site.id, closedAt: null } },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(before);
    const baseline = await db.activation.findFirstOrThrow({
      where: { siteId: quiet.id, closedAt: null },
      include: { items: { include: { option: true } }, policyVersion: true },
    });
    expect(baseline.policyVersion.status).toBe("PUBLISHED");
    expect(baseline.items.find((item) => item.option.code === "NEW-02")?.status).toBe("PENDING");
    expect(baseline.items.find((item) => item.option.code === decided.option.code)?.status).toBe("NOT_APPLICABLE");
    expect(published.reviewDueAt.getFullYear()).toBe(new Date().getFullYear() + 2);
    expect(await db.policyVersion.count({ where: { status: "PUBLISHED" } })).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { type: { in: ["policy.draftCreated", "policy.draftEdited", "policy.published"] }, actorId: admin.id },
      }),
    ).toBe(4);
  });

  it("names each invalid field of an option, and only admins edit", async () => {
    const admin = await createUser(["ADMIN"]);
    await createPolicyDraft(admin);
    await expect(
      saveDraftOption(admin, {
        code: "bad",
        title: "",
        guidance: "short",
        category: "",
        minLevel: "LOW",
        siteTypes: [],
        ownerRole: "KING",
        officerHoursPerDay: "-1",
        costPerDay: "x",
        visibility: "SECRET",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: expect.objectContaining({
        code: expect.any(Array),
        title: expect.any(Array),
        siteTypes: expect.any(Array),
        officerHoursPerDay: expect.any(Array),
        visibility: expect.any(Array),
      }),
    });
    await expect(createPolicyDraft(commander)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the level change is one transaction", () => {
  it("leaves nothing behind when the transaction fails after opening checklists", async () => {
    const lonely = await createSite({ type: "TRAINING_CENTRE" });
    await db.siteLevel.update({
      where: { siteId: lonely.id },
      data: {
        overrideLevel: "EXCEPTIONAL",
        overrideReason: "test",
        overrideExpiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    await expect(
      db.$transaction(async (tx) => {
        const force = await tx.forceLevel.findUniqueOrThrow({ where: { id: 1 } });
        const applied = await applyEffectiveLevels(tx, force.level, new Date(), lonely.id);
        expect(applied.itemsOpened).toBeGreaterThan(0);
        throw new Error("fail after the checklist opened");
      }),
    ).rejects.toThrow("fail after the checklist opened");
    // Only the baseline the site was created with: open, and no period but its first.
    const activations = await db.activation.findMany({ where: { siteId: lonely.id } });
    expect(activations.map((activation) => [activation.level, activation.closedAt])).toEqual([["NORMAL", null]]);
    expect(await db.siteLevelPeriod.count({ where: { siteId: lonely.id } })).toBe(1);
    expect((await db.siteLevel.findUniqueOrThrow({ where: { siteId: lonely.id } })).effectiveLevel).toBe("NORMAL");
  });
});
