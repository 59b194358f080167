import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/list-users";
import { setUserActive } from "@/lib/users/set-user-active";
import { createUser } from "./factories";

describe("user administration", () => {
  it("deactivates a user and audits it in the same change", async () => {
    const admin = await createUser(["ADMIN"]);
    const staff = await createUser(["STAFF"]);
    await setUserActive(admin, { userId: staff.id, active: "false" });
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).active).toBe(false);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: staff.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ type: "user.activeChanged", actorId: admin.id, payload: { active: false } });
  });

  it("refuses non-admins and changes nothing", async () => {
    const commander = await createUser(["COMMANDER"]);
    const staff = await createUser(["STAFF"]);
    await expect(setUserActive(commander, { userId: staff.id, active: "false" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listUsers(commander)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).active).toBe(true);
  });

  it("names the bad field when the input is invalid", async () => {
    const admin = await createUser(["ADMIN"]);
    await expect(setUserActive(admin, { userId: "not-a-uuid", active: "maybe" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { userId: ["Choose a user"], active: expect.any(Array) },
    });
  });

  it("does not let an admin lock themselves out", async () => {
    const admin = await createUser(["ADMIN"]);
    await expect(setUserActive(admin, { userId: admin.id, active: "false" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("the list of users", () => {
  it("is filtered, sorted and paged in the database", async () => {
    const admin = await createUser(["ADMIN"]);
    const tag = `pg${crypto.randomUUID().slice(0, 6)}`;
    await db.user.createMany({
      data: Array.from({ length: 60 }, (_, index) => ({
        username: `${tag}-${String(index).padStart(2, "0")}`,
        displayName: `${tag} Person ${String(59 - index).padStart(2, "0")}`,
        roles: index < 5 ? ["SITE_LEAD" as const] : ["STAFF" as const],
        active: index !== 7,
        passwordHash: "not used",
      })),
    });
    const first = await listUsers(admin, { q: tag.toUpperCase() });
    expect(first).toMatchObject({ total: 60, page: 1, pageSize: 50 });
    expect(first.items.map((user) => user.username).slice(0, 2)).toEqual([`${tag}-00`, `${tag}-01`]);
    const second = await listUsers(admin, { q: tag, page: "2" });
    expect(second.items.map((user) => user.username)).toEqual(
      Array.from({ length: 10 }, (_, index) => `${tag}-${50 + index}`),
    );
    const byNameDesc = await listUsers(admin, { q: tag, sort: "name", order: "desc" });
    expect(byNameDesc.items[0].displayName).toBe(`${tag} Person 59`);
    expect((await listUsers(admin, { q: tag, role: "SITE_LEAD" })).total).toBe(5);
    const deactivated = await listUsers(admin, { q: tag, status: "deactivated" });
    expect(deactivated.items.map((user) => user.username)).toEqual([`${tag}-07`]);
    // An address edited by hand shows the usual list rather than an error.
    expect((await listUsers(admin, { q: tag, role: "KING", sort: "passwordHash", page: "x" })).total).toBe(60);
  });
});
