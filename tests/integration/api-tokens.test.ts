import { beforeAll, describe, expect, it } from "vitest";
import { searchHazardMarkersForSystem } from "@/lib/alarms/hazards";
import { listAlarmFactsForSystem } from "@/lib/alarms/list-alarms";
import { requireToken } from "@/lib/api-tokens/bearer";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/api-tokens/manage-tokens";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { readPostureForSystem } from "@/lib/levels/read-posture";
import { closeSite } from "@/lib/sites/close-site";
import { alarmSteps, createAlarmCast } from "./alarm-steps";
import { createAlarmUnit, createSite, createUser, ensurePublishedPolicy } from "./factories";

let admin: CurrentUser;
const call = (secret: string) =>
  new Request("http://localhost/api/posture", { headers: { Authorization: `Bearer ${secret}` } });

beforeAll(async () => {
  await ensurePublishedPolicy();
  admin = await createUser(["ADMIN"]);
});

describe("API tokens", () => {
  it("are shown once, kept only as a hash, and audited", async () => {
    const token = await createApiToken(admin, { name: "Access control", scopes: ["posture:read"], expiresInDays: 30 });
    expect(token.secret).toMatch(/^est_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(JSON.stringify(stored)).not.toContain(token.secret);
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await listApiTokens(admin);
    expect(listed.items.find((item) => item.id === token.id)).not.toHaveProperty("secretHash");
    expect(await db.auditEvent.findFirst({ where: { type: "apiToken.created", entityId: token.id } })).toMatchObject({
      actorId: admin.id,
      payload: { name: "Access control", scopes: ["posture:read"] },
    });
  });

  it("name bad input by field, and only admins make them", async () => {
    await expect(createApiToken(admin, { name: "", scopes: ["everything"], expiresInDays: 0 })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { name: [expect.any(String)], scopes: [expect.any(String)], expiresInDays: [expect.any(String)] },
    });
    await expect(
      createApiToken(await createUser(["COMMANDER"]), { name: "Mine", scopes: ["posture:read"], expiresInDays: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("work for their scopes only, and not once revoked or expired", async () => {
    const token = await createApiToken(admin, { name: "C2 system", scopes: ["posture:read"], expiresInDays: 1 });
    await expect(requireToken(call(token.secret), "posture:read")).resolves.toMatchObject({ tokenId: token.id });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toBeInstanceOf(Date);
    await expect(requireToken(call(token.secret), "hazards:read")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requireToken(call(`${token.secret}x`), "posture:read")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(
      requireToken(call(token.secret), "posture:read", new Date(Date.now() + 2 * 86_400_000)),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await revokeApiToken(admin, token.id);
    await expect(requireToken(call(token.secret), "posture:read")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("what a system reads", () => {
  it("the posture: every open site's level, with no checklist and no override reason", async () => {
    const open = await createSite();
    const closed = await createSite();
    await closeSite(admin, closed.id, { closed: true, reason: "Sold off" });
    const posture = await readPostureForSystem();
    const ids = posture.sites.map((site) => site.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(closed.id);
    expect(
      posture.sites.every((site) => site.checklist === undefined && (site.override?.reason ?? null) === null),
    ).toBe(true);
  });

  it("hazard markers, the search logged as the token's access; alarm requests as facts only", async () => {
    const cast = await createAlarmCast();
    const steps = alarmSteps(cast);
    const created = await steps.requestAndApprove({ postcode: "KB7 7TK", addressLine1: "7 Token Row" });
    await steps.install(created.id, (await createAlarmUnit()).id);
    await steps.confirmLive(created.id);
    const token = await createApiToken(admin, { name: "Dispatch", scopes: ["hazards:read"], expiresInDays: 1 });
    const caller = await requireToken(call(token.secret), "hazards:read");
    const markers = await searchHazardMarkersForSystem(caller, { q: "KB7 7TK" });
    expect(markers.map((marker) => marker.number)).toEqual([created.number]);
    const access = await db.alarmAccess.findFirstOrThrow({
      where: { requestIds: { has: created.id }, apiTokenId: token.id },
    });
    expect(access).toMatchObject({ userId: null, searchTerm: "KB7 7TK" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { type: "alarm.hazardsSearched", entityId: access.id, actorId: null },
    });
    expect(audit.payload).toMatchObject({ apiToken: "Dispatch", numbers: [created.number] });

    const facts = await listAlarmFactsForSystem({ status: "INSTALLED", pageSize: 200 });
    const listed = facts.items.find((item) => item.id === created.id)!;
    expect(listed).toMatchObject({ number: created.number, live: true });
    expect(listed).not.toHaveProperty("addressLine1");
    expect(listed).not.toHaveProperty("postcode");
    expect(JSON.stringify(listed)).not.toContain("Token Row");
  });
});

describe("a system changing a level", () => {
  it("follows a commander's rules, and is recorded as the token's change, not a person's", async () => {
    const { changeResponseLevelAsSystem } = await import("@/lib/levels/change-response-level");
    const site = await createSite();
    const token = await createApiToken(admin, {
      name: "Command and control",
      scopes: ["levels:write"],
      expiresInDays: 1,
    });
    const caller = await requireToken(call(token.secret), "levels:write");
    const version = (await db.siteLevel.findUniqueOrThrow({ where: { siteId: site.id } })).version;
    await expect(
      changeResponseLevelAsSystem(caller, {
        scope: "SITE",
        siteId: site.id,
        level: "HEIGHTENED",
        expectedVersion: version,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { reason: [expect.any(String)] } });
    const posture = await changeResponseLevelAsSystem(caller, {
      scope: "SITE",
      siteId: site.id,
      level: "HEIGHTENED",
      reason: "Suspicious vehicle reported at the gate",
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      expectedVersion: version,
    });
    expect(posture.sites.find((entry) => entry.id === site.id)).toMatchObject({ effectiveLevel: "HEIGHTENED" });
    expect(posture.sites.every((entry) => entry.checklist === undefined)).toBe(true);
    const change = await db.levelChange.findFirstOrThrow({ where: { siteId: site.id, kind: "OVERRIDE_SET" } });
    expect(change).toMatchObject({ actorId: null, apiTokenId: token.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "level.overrideSet", entityId: site.id } });
    expect(audit).toMatchObject({ actorId: null, payload: { apiToken: "Command and control", to: "HEIGHTENED" } });
  });
});
