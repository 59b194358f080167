import { beforeAll, describe, expect, it } from "vitest";
import { exportAuditEvents, listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/audit/list-audit-events";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { createSite, createUser, ensurePublishedPolicy, forceVersion, siteVersion, reviewByFrom } from "./factories";

// The audit log as an administrator reads it: filtered and paged in the database, in plain words.
let admin: CurrentUser;
let commander: CurrentUser;
let site: Awaited<ReturnType<typeof createSite>>;
const expiresAt = new Date(Date.now() + 86_400_000);

beforeAll(async () => {
  await ensurePublishedPolicy();
  admin = await createUser(["ADMIN"]);
  commander = await createUser(["COMMANDER"]);
  const force = await db.forceLevel.findFirstOrThrow();
  if (force.level !== "NORMAL") {
    const another = await createUser(["COMMANDER"]);
    await changeResponseLevel(another, {
      scope: "FORCE",
      level: "NORMAL",
      reason: "Reset",
      expectedVersion: force.version,
    });
  }
  site = await createSite({ type: "POLICE_STATION" });
  for (const [level, reason] of [
    ["HEIGHTENED", "JTAC raised the national threat"],
    ["NORMAL", "Threat reduced"],
  ] as const) {
    await changeResponseLevel(commander, {
      scope: "FORCE",
      level,
      reason,
      reviewBy: reviewByFrom(),
      expectedVersion: await forceVersion(),
    });
  }
  await changeResponseLevel(commander, {
    scope: "SITE",
    siteId: site.id,
    level: "HEIGHTENED",
    reason: "Protest",
    expiresAt,
    expectedVersion: await siteVersion(site.id),
  });
});

describe("the audit log", () => {
  it("filters by event type and by who, and describes each event in plain words", async () => {
    const changes = await listAuditEvents(admin, { type: "level.forceChanged", who: commander.displayName });
    expect(changes.total).toBe(2);
    expect(changes.items.map((event) => event.description)).toEqual([
      expect.stringMatching(new RegExp(`^${commander.displayName} lowered the force to NORMAL from HEIGHTENED`)),
      expect.stringMatching(new RegExp(`^${commander.displayName} raised the force to HEIGHTENED from NORMAL`)),
    ]);
    const overrides = await listAuditEvents(admin, { entity: "Site", who: commander.displayName });
    expect(overrides.items[0].description).toBe(
      `${commander.displayName} raised ${site.code} ${site.name} to HEIGHTENED until ${formatDateTime(expiresAt)}`,
    );
  });

  it("filters by London calendar day, and refuses a malformed filter by name", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    const onToday = await listAuditEvents(admin, { who: commander.displayName, from: today, to: today });
    expect(onToday.total).toBe(3);
    expect((await listAuditEvents(admin, { who: commander.displayName, to: "2000-01-01" })).total).toBe(0);
    await expect(listAuditEvents(admin, { from: "2026-02-31" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { from: ["The ‘from’ date must be a real date"] },
    });
    await expect(listAuditEvents(admin, { type: "made.up" })).rejects.toMatchObject({
      fields: { type: ["Choose an event type from the list"] },
    });
  });

  it("pages in the database and exports every matching event in batches", async () => {
    const first = await listAuditEvents(admin, {});
    expect(first.items.length).toBe(Math.min(AUDIT_PAGE_SIZE, first.total));
    const second = await listAuditEvents(admin, { page: 2 });
    expect(second.items[0]?.id ?? "none").not.toBe(first.items[0].id);
    let exported = 0;
    for await (const batch of exportAuditEvents(admin, { who: commander.displayName })) exported += batch.length;
    expect(exported).toBe(3);
  });

  it("is for administrators only", async () => {
    await expect(listAuditEvents(commander, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
