import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { clearLockout } from "@/lib/auth/login-throttle";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";

const userIdSchema = z.object({ userId: z.uuid("Choose a user") });

async function findUser(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, username: true } });
  if (!user) throw new AppError("NOT_FOUND", "That user does not exist.");
  return user;
}

/** An ADMIN's "end all sessions": every browser signed in as this user is signed out at once. */
export async function endUserSessions(actor: CurrentUser, input: unknown): Promise<number> {
  requirePermission(actor, "user.manage");
  const user = await findUser(parseInput(userIdSchema, input).userId);
  return db.$transaction(async (tx) => {
    const sessions = await revokeUserSessions(tx, user.id);
    await recordAuditEvent(tx, {
      type: "user.sessionsEnded",
      actorId: actor.id,
      entityType: "User",
      entityId: user.id,
      payload: { username: user.username, sessions },
    });
    return sessions;
  });
}

/** An ADMIN's unlock after a lockout: the user may sign in again at once. */
export async function unlockUser(actor: CurrentUser, input: unknown): Promise<void> {
  requirePermission(actor, "user.manage");
  const user = await findUser(parseInput(userIdSchema, input).userId);
  await clearLockout(user.username);
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      type: "auth.unlocked",
      actorId: actor.id,
      entityType: "User",
      entityId: user.id,
      payload: { username: user.username },
    }),
  );
}
