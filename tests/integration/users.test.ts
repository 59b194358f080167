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
