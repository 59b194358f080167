import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_COUNT_CAP, exportAuditEvents, listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/audit/list-audit-events";
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

describe("the audit log at force scale", () => {
  it("counts matches only up to a cap, says there are more, and refuses pages beyond it", async () => {
    const busy = await createUser(["STAFF"]);
    await db.$executeRaw`
      INSERT INTO "AuditEvent" ("actorId", "type", "entityType", "entityId", "payload")
      SELECT ${busy.id}::uuid, 'auth.signedIn', 'User', ${busy.id}, jsonb_build_object('username', ${busy.username}::text, 'method', 'password')
      FROM generate_series(1, ${AUDIT_COUNT_CAP + 5})`;
    const first = await listAuditEvents(admin, { who: busy.username });
    expect(first).toMatchObject({ total: AUDIT_COUNT_CAP, totalIsCapped: true });
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    const lastPage = AUDIT_COUNT_CAP / AUDIT_PAGE_SIZE;
    expect((await listAuditEvents(admin, { who: busy.username, page: String(lastPage) })).items).toHaveLength(
      AUDIT_PAGE_SIZE,
    );
    await expect(listAuditEvents(admin, { who: busy.username, page: String(lastPage + 1) })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { page: [expect.stringMatching(/choose dates/)] },
    });
    expect(await listAuditEvents(admin, { who: commander.username })).toMatchObject({ totalIsCapped: false });
  });
});
