import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser } from "./factories";

describe("sign-in", () => {
  it("accepts the right password and returns only the id, the name and how they signed in", async () => {
    const user = await createUser(["STAFF"], { password: "right password" });
    expect(await authenticate({ username: user.username, password: "right password" })).toEqual({
      id: user.id,
      name: user.displayName,
      method: "password",
    });
  });

  it("refuses any password for a user who signs in only through the identity provider", async () => {
    const user = await createUser(["STAFF"], { password: "right password" });
    await db.user.update({ where: { id: user.id }, data: { passwordHash: null, externalId: crypto.randomUUID() } });
    expect(await authenticate({ username: user.username, password: "right password" })).toBeNull();
  });

  it("stores an Argon2id hash, never the password", async () => {
    const user = await createUser(["STAFF"], { password: "right password" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("right password");
  });

  it("refuses a wrong password, an unknown user, empty input and an inactive user alike", async () => {
    const user = await createUser(["STAFF"], { password: "right password" });
    const inactive = await createUser(["STAFF"], { password: "right password", active: false });
    expect(await authenticate({ username: user.username, password: "wrong" })).toBeNull();
    expect(await authenticate({ username: "nobody-here", password: "right password" })).toBeNull();
    expect(await authenticate({ username: user.username, password: "" })).toBeNull();
    expect(await authenticate({ username: "", password: "" })).toBeNull();
    expect(await authenticate(null)).toBeNull();
    expect(await authenticate({ username: inactive.username, password: "right password" })).toBeNull();
  });

  it("never returns password hashes from ordinary queries", async () => {
    const user = await createUser(["ADMIN"]);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it("refuses a permission the user's roles do not grant", async () => {
    const staff = await createUser(["STAFF"]);
    expect(() => requirePermission(staff, "user.manage")).toThrow(AppError);
    expect(() => requirePermission(staff, "posture.view")).not.toThrow();
  });
});
