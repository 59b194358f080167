import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { readCurrentUser } from "@/lib/auth/sessions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checklistScope } from "@/lib/levels/access";
import { listDebriefs } from "@/lib/levels/debriefs";
import { readAcknowledgementCoverage } from "@/lib/levels/read-coverage";
import { readPosture } from "@/lib/levels/read-posture";
import { readSiteChecklist } from "@/lib/levels/read-site-checklist";
import { updateChecklistItem } from "@/lib/levels/update-checklist-item";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { listUsers } from "@/lib/users/list-users";
import { resolveOidcSignIn } from "@/lib/auth/oidc-sign-in";
import { createLocalUser, readUserForAdmin, setFirstPassword, updateUserAsAdmin } from "@/lib/users/manage-users";
import { createSite, createUser, ensurePublishedPolicy } from "./factories";

let admin: CurrentUser;
const username = () => `new.${crypto.randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  await ensurePublishedPolicy();
  admin = await createUser(["ADMIN"]);
});

describe("creating a local user", () => {
  it("makes up a first password shown once, stores only its hash, and makes them choose their own", async () => {
    const home = await createSite();
    const name = username();
    const created = await createLocalUser(admin, {
      username: name.toUpperCase(),
      displayName: "Sgt Sam Patel",
      email: "sam.patel@police.example",
      roles: ["STAFF"],
      homeSiteId: home.id,
    });
    expect(created.username).toBe(name);
    expect(created.firstPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const stored = await db.user.findUniqueOrThrow({
      where: { id: created.id },
      select: { mustChangePassword: true, roles: true, homeSiteId: true, passwordHash: true },
    });
    expect(stored).toMatchObject({ mustChangePassword: true, roles: ["STAFF"], homeSiteId: home.id });
    expect(stored.passwordHash).not.toContain(created.firstPassword!);
    expect(await verifyPassword(stored.passwordHash!, created.firstPassword!)).toBe(true);
    expect(await db.auditEvent.findFirst({ where: { type: "user.created", entityId: created.id } })).toMatchObject({
      actorId: admin.id,
      payload: { username: name, roles: ["STAFF"], homeSite: home.code, source: "admin" },
    });

    const user = await readCurrentUser({ id: created.id });
    expect(user.mustChangePassword).toBe(true);
    await expect(
      changeOwnPassword(user, null, {
        currentPassword: "wrong",
        newPassword: "a much longer phrase",
        confirmPassword: "a much longer phrase",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fields: { currentPassword: [expect.any(String)] } });
    await expect(
      changeOwnPassword(user, null, {
        currentPassword: created.firstPassword,
        newPassword: "short",
        confirmPassword: "x",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { newPassword: [expect.stringContaining("12")], confirmPassword: [expect.any(String)] },
    });
    await changeOwnPassword(user, null, {
      currentPassword: created.firstPassword,
      newPassword: "correct horse battery staple",
      confirmPassword: "correct horse battery staple",
    });
    const changed = await db.user.findUniqueOrThrow({
      where: { id: created.id },
      select: { mustChangePassword: true, passwordHash: true },
    });
    expect(changed.mustChangePassword).toBe(false);
    expect(await verifyPassword(changed.passwordHash!, "correct horse battery staple")).toBe(true);
  });

  it("refuses a taken username and bad fields by name, and non-admins, creating nothing", async () => {
    const commander = await createUser(["COMMANDER"]);
    const before = await db.user.count();
    await expect(
      createLocalUser(admin, { username: admin.username, displayName: "Copy", roles: ["STAFF"] }),
    ).rejects.toMatchObject({ code: "CONFLICT", fields: { username: [expect.any(String)] } });
    await expect(
      createLocalUser(admin, {
        username: "x",
        displayName: "",
        email: "not-an-email",
        roles: ["KING"],
        homeSiteId: "nowhere",
        password: "short",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: {
        username: [expect.any(String)],
        displayName: [expect.any(String)],
        email: [expect.any(String)],
        roles: [expect.any(String)],
        homeSiteId: [expect.any(String)],
        password: [expect.any(String)],
      },
    });
    await expect(
      createLocalUser(commander, { username: username(), displayName: "Someone", roles: ["ADMIN"] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count()).toBe(before);
  });
});

describe("editing a user", () => {
  it("changes roles, home site and the sites a lead leads, audited field by field", async () => {
    const [home, second, third] = await Promise.all([createSite(), createSite(), createSite()]);
    const person = await createUser(["STAFF"], { homeSiteId: home.id });
    await expect(updateUserAsAdmin(admin, person.id, { leadSiteIds: [second.id] })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { leadSiteIds: [expect.stringContaining("site lead")] },
    });
    const saved = await updateUserAsAdmin(admin, person.id, {
      roles: ["STAFF", "SITE_LEAD"],
      leadSiteIds: [third.id, second.id],
      email: "lead@police.example",
    });
    expect(saved.leadSites.map((site) => site.id).sort()).toEqual([second.id, third.id].sort());
    const event = await db.auditEvent.findFirstOrThrow({
      where: { type: "user.updated", entityId: person.id },
      orderBy: { id: "desc" },
    });
    expect(event.payload).toMatchObject({
      source: "admin",
      changes: {
        roles: { from: ["STAFF"], to: ["STAFF", "SITE_LEAD"] },
        "sites led": { from: [], to: [second.code, third.code].sort() },
        email: { from: null, to: "lead@police.example" },
      },
    });
    const lead = await readCurrentUser({ id: person.id });
    expect(lead.ledSiteIds.sort()).toEqual([home.id, second.id, third.id].sort());

    // No longer a lead: the further sites go with the role.
    await updateUserAsAdmin(admin, person.id, { roles: ["STAFF"] });
    expect(await db.leadSite.count({ where: { userId: person.id } })).toBe(0);
    expect((await readCurrentUser({ id: person.id })).ledSiteIds).toEqual([]);
  });

  it("refuses a closed or unknown site, and an admin removing their own ADMIN role or deactivating themselves", async () => {
    const person = await createUser(["SITE_LEAD"]);
    await expect(updateUserAsAdmin(admin, person.id, { homeSiteId: crypto.randomUUID() })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { homeSiteId: [expect.any(String)] },
    });
    const closed = await createSite();
    await db.site.update({ where: { id: closed.id }, data: { closedAt: new Date() } });
    await expect(updateUserAsAdmin(admin, person.id, { leadSiteIds: [closed.id] })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { leadSiteIds: [expect.any(String)] },
    });
    await expect(updateUserAsAdmin(admin, admin.id, { roles: ["COMMANDER"] })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { roles: [expect.any(String)] },
    });
    await expect(updateUserAsAdmin(admin, admin.id, { active: false })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).roles).toEqual(["ADMIN"]);
    await expect(updateUserAsAdmin(admin, crypto.randomUUID(), { displayName: "Nobody" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("deactivating ends their sessions; a new first password ends them too and asks for their own", async () => {
    const person = await createUser(["STAFF"]);
    await db.session.create({ data: { userId: person.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const reset = await setFirstPassword(admin, person.id, {});
    expect(reset.firstPassword).toEqual(expect.any(String));
    expect(await db.session.count({ where: { userId: person.id, revokedAt: null } })).toBe(0);
    expect((await readUserForAdmin(admin, person.id)).mustChangePassword).toBe(true);
    await db.session.create({ data: { userId: person.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    await updateUserAsAdmin(admin, person.id, { active: false });
    expect(await db.session.count({ where: { userId: person.id, revokedAt: null } })).toBe(0);
  });

  it("lists each user's sites, last sign-in and how they sign in", async () => {
    const [home, led] = await Promise.all([createSite(), createSite()]);
    const lead = await createUser(["SITE_LEAD"], { homeSiteId: home.id, leadSiteIds: [led.id] });
    const { items } = await listUsers(admin, { q: lead.username });
    expect(items).toEqual([
      expect.objectContaining({
        id: lead.id,
        leadSites: [led.code],
        signsInWith: ["password"],
        lastSignInAt: null,
      }),
    ]);
    expect(items[0]).not.toHaveProperty("passwordHash");
  });
});

describe("a site lead of several sites", () => {
  it("works the checklists and sees the posture, coverage and debriefs of each, and no other site", async () => {
    const [home, led, elsewhere] = await Promise.all([createSite(), createSite(), createSite()]);
    const lead = await createUser(["SITE_LEAD"], { homeSiteId: home.id, leadSiteIds: [led.id] });
    const staffAtLed = await createUser(["STAFF"], { homeSiteId: led.id });

    expect(checklistScope(lead, "work")(led.id)).toBe(true);
    expect(checklistScope(lead, "work")(elsewhere.id)).toBe(false);
    const posture = await readPosture(lead);
    expect(posture.sites.map((site) => site.id).sort()).toEqual([home.id, led.id].sort());
    expect(posture.sites.every((site) => site.checklist !== undefined)).toBe(true);

    const checklist = await readSiteChecklist(lead, led.id);
    const item = checklist.items[0];
    await updateChecklistItem(lead, item.id, { status: "IMPLEMENTED", expectedVersion: item.version });
    expect((await db.checklistItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("IMPLEMENTED");
    await expect(readSiteChecklist(lead, elsewhere.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const coverage = await readAcknowledgementCoverage(lead);
    expect(coverage.sites.map((site) => site.siteId).sort()).toEqual([home.id, led.id].sort());
    expect(coverage.sites.find((site) => site.siteId === led.id)?.outstanding).toContainEqual({
      userId: staffAtLed.id,
      displayName: staffAtLed.displayName,
    });
    await expect(listDebriefs(lead, { siteId: led.id })).resolves.toMatchObject({ total: expect.any(Number) });
  });
});

describe("signing in through the identity provider", () => {
  const config = {
    issuer: "https://issuer.example",
    clientId: "client",
    clientSecret: "secret",
    name: "Sign in with Microsoft",
    createUsers: false,
    roleMap: { "EstateSecurity.Commander": "COMMANDER" as const },
    supportContact: "the service desk",
  };

  it("finds the user by oid (else sub), and the token's roles replace theirs, audited when they change", async () => {
    const person = await createUser(["STAFF"]);
    const oid = crypto.randomUUID();
    await db.user.update({ where: { id: person.id }, data: { externalId: oid } });
    const claims = { sub: "pairwise-subject", oid, roles: ["EstateSecurity.Commander", "OFFICER", "Unknown.Role"] };
    expect(await resolveOidcSignIn(claims, config)).toEqual({ userId: person.id });
    expect((await readCurrentUser({ id: person.id })).roles).toEqual(["COMMANDER", "OFFICER"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { type: "user.updated", entityId: person.id } });
    expect(audit).toMatchObject({
      actorId: null,
      payload: { source: "oidc", changes: { roles: { from: ["STAFF"], to: ["COMMANDER", "OFFICER"] } } },
    });
    // The same roles again: nothing to audit. No roles claim: roles left as they are.
    await resolveOidcSignIn(claims, config);
    await resolveOidcSignIn({ sub: "x", oid }, config);
    expect(await db.auditEvent.count({ where: { type: "user.updated", entityId: person.id } })).toBe(1);
    expect((await readCurrentUser({ id: person.id })).roles).toEqual(["COMMANDER", "OFFICER"]);

    const bySub = await createUser(["STAFF"]);
    const sub = crypto.randomUUID();
    await db.user.update({ where: { id: bySub.id }, data: { externalId: sub } });
    expect(await resolveOidcSignIn({ sub }, config)).toEqual({ userId: bySub.id });
  });

  it("refuses an unknown or deactivated person unless the force lets unknown people in as STAFF", async () => {
    const stranger = {
      sub: crypto.randomUUID(),
      name: "New Starter",
      preferred_username: `new.${crypto.randomUUID()}`,
    };
    const before = await db.user.count();
    expect(await resolveOidcSignIn(stranger, config)).toEqual({ refused: "unknown" });
    expect(await resolveOidcSignIn({ name: "no subject" }, config)).toEqual({ refused: "malformed" });
    expect(await db.user.count()).toBe(before);

    const created = await resolveOidcSignIn(stranger, { ...config, createUsers: true });
    if (!("userId" in created)) throw new Error("expected a user");
    const user = await readUserForAdmin(admin, created.userId);
    expect(user).toMatchObject({
      username: stranger.preferred_username,
      displayName: "New Starter",
      roles: ["STAFF"],
      homeSiteId: null,
      externalId: stranger.sub,
      hasPassword: false,
    });
    expect(await db.auditEvent.findFirst({ where: { type: "user.created", entityId: created.userId } })).toMatchObject({
      payload: { source: "oidc" },
    });

    await db.user.update({ where: { id: created.userId }, data: { active: false } });
    expect(await resolveOidcSignIn(stranger, { ...config, createUsers: true })).toEqual({ refused: "deactivated" });
  });
});
