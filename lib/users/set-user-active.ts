import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";

export const setUserActiveSchema = z.object({
  userId: z.uuid("Choose a user"),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export async function setUserActive(actor: CurrentUser, input: unknown) {
  requirePermission(actor, "user.manage");
  const { userId, active } = parseInput(setUserActiveSchema, input);
  if (userId === actor.id && !active) throw new AppError("CONFLICT", "You cannot deactivate your own account.");
  return db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId, active: !active }, data: { active } });
    const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true } });
    if (!user) throw new AppError("NOT_FOUND", "That user does not exist.");
    if (updated.count === 0) return { username: user.username, active };
    if (!active) await revokeUserSessions(tx, userId);
    await recordAuditEvent(tx, {
      type: "user.activeChanged",
      actorId: actor.id,
      entityType: "User",
      entityId: userId,
      payload: { username: user.username, active },
    });
    return { username: user.username, active };
  });
}
