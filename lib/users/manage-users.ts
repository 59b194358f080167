import "server-only";
import { randomBytes } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/http/params";
import { saveUserChanges, type ChangeSource } from "@/lib/users/save-user-changes";
import { createUserSchema, newPassword, updateUserSchema } from "@/lib/users/user-schemas";
import { z } from "zod";

const NO_SUCH_USER = "That user does not exist.";

/** One user, for their edit page and `GET /api/admin/users/{id}`. */
export async function readUserForAdmin(actor: CurrentUser, userId: string) {
  requirePermission(actor, "user.manage");
  uuidOrNotFound(userId, NO_SUCH_USER);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      displayName: true,
      email: true,
      roles: true,
      active: true,
      homeSiteId: true,
      homeSite: { select: { code: true, name: true } },
      leadSites: {
        select: { site: { select: { id: true, code: true, name: true } } },
        orderBy: { site: { code: "asc" } },
      },
      externalId: true,
      passwordHash: true,
      mustChangePassword: true,
      lastSignInAt: true,
      lastSignInMethod: true,
      createdAt: true,
    },
  });
  if (!user) throw new AppError("NOT_FOUND", NO_SUCH_USER);
  const { passwordHash, leadSites, ...shown } = user;
  return { ...shown, hasPassword: passwordHash !== null, leadSites: leadSites.map((lead) => lead.site) };
}

/** A made-up first password: four groups of five letters and digits, easy to read out. */
function makeUpPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(20);
  const characters = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [0, 5, 10, 15].map((start) => characters.slice(start, start + 5).join("")).join("-");
}

/**
 * `POST /api/admin/users`: a local user, who chooses their own password at first sign-in. The first
 * password is the administrator's, or made up here and returned once (it is never stored).
 */
export async function createLocalUser(actor: CurrentUser, input: unknown) {
  requirePermission(actor, "user.manage");
  const { password, username, ...fields } = parseInput(createUserSchema, input);
  if (await db.user.findUnique({ where: { username }, select: { id: true } })) {
    throw new AppError("CONFLICT", `There is already a user ${username}`, {
      username: [`There is already a user ${username}`],
    });
  }
  const firstPassword = password ?? makeUpPassword();
  const passwordHash = await hashPassword(firstPassword);
  const created = await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { username, displayName: fields.displayName, passwordHash, mustChangePassword: true, roles: [] },
      select: { id: true, username: true },
    });
    const saved = await saveUserChanges(tx, { actorId: actor.id, source: "admin" }, user.id, fields, { quiet: true });
    await recordAuditEvent(tx, {
      type: "user.created",
      actorId: actor.id,
      entityType: "User",
      entityId: user.id,
      payload: { username, roles: saved.roles, homeSite: saved.homeSite, source: "admin" },
    });
    return user;
  });
  return { ...created, firstPassword: password ? null : firstPassword };
}

/** `PATCH /api/admin/users/{id}`: name, email, roles, home site, the sites a lead leads, active. */
export async function updateUserAsAdmin(
  actor: CurrentUser,
  userId: string,
  input: unknown,
  source: ChangeSource = "admin",
) {
  requirePermission(actor, "user.manage");
  uuidOrNotFound(userId, NO_SUCH_USER);
  const changes = parseInput(updateUserSchema, input);
  if (userId === actor.id && changes.active === false)
    throw new AppError("CONFLICT", "You cannot deactivate your own account.", {
      active: ["You cannot deactivate your own account"],
    });
  if (userId === actor.id && changes.roles && !changes.roles.includes("ADMIN"))
    throw new AppError("CONFLICT", "You cannot remove your own ADMIN role: ask another administrator.", {
      roles: ["You cannot remove your own ADMIN role"],
    });
  await db.$transaction((tx) => saveUserChanges(tx, { actorId: actor.id, source }, userId, changes));
  return readUserForAdmin(actor, userId);
}

const resetSchema = z.object({
  password: z.preprocess((value) => (value === "" ? undefined : value), newPassword.optional()),
});

/** A new first password for someone who forgot theirs: their sessions end and they choose another at sign-in. */
export async function setFirstPassword(actor: CurrentUser, userId: string, input: unknown) {
  requirePermission(actor, "user.manage");
  uuidOrNotFound(userId, NO_SUCH_USER);
  const { password } = parseInput(resetSchema, input);
  const firstPassword = password ?? makeUpPassword();
  const passwordHash = await hashPassword(firstPassword);
  const user = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true },
    });
    if (count === 0) throw new AppError("NOT_FOUND", NO_SUCH_USER);
    const updated = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true } });
    await revokeUserSessions(tx, userId);
    await recordAuditEvent(tx, {
      type: "user.passwordSet",
      actorId: actor.id,
      entityType: "User",
      entityId: userId,
      payload: { username: updated.username, by: "admin" },
    });
    return updated;
  });
  return { username: user.username, firstPassword: password ? null : firstPassword };
}
