import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { newPassword } from "@/lib/users/user-schemas";

const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Give your current password" }).min(1, "Give your current password").max(256),
    newPassword,
    confirmPassword: z.string({ error: "Type the new password again" }).max(256),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ["confirmPassword"],
    message: "Type the same new password twice",
  })
  .refine((form) => form.newPassword !== form.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one",
  });

/**
 * A user chooses their own password (always, after an administrator gave them one). Their other
 * browsers are signed out; this one stays signed in.
 */
export async function changeOwnPassword(user: CurrentUser, sessionId: string | null, input: unknown) {
  const form = parseInput(changePasswordSchema, input);
  if (form.newPassword.toLowerCase().includes(user.username.toLowerCase()))
    throw new AppError("VALIDATION", "Do not use your username in your password", {
      newPassword: ["Do not use your username in your password"],
    });
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored.passwordHash)
    throw new AppError("CONFLICT", "You sign in through the force's identity provider: there is no password here.");
  if (!(await verifyPassword(stored.passwordHash, form.currentPassword)))
    throw new AppError("VALIDATION", "Your current password is not right", {
      currentPassword: ["Your current password is not right"],
    });
  const passwordHash = await hashPassword(form.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null, ...(sessionId && { id: { not: sessionId } }) },
      data: { revokedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      type: "user.passwordSet",
      actorId: user.id,
      entityType: "User",
      entityId: user.id,
      payload: { username: user.username, by: "self" },
    });
  });
}

/** Whether the user has a password here at all (one who signs in only through the identity provider has none). */
export async function hasOwnPassword(user: CurrentUser): Promise<boolean> {
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  return Boolean(stored?.passwordHash);
}
