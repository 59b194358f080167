import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { lockedUsernames, usernameKey } from "@/lib/auth/login-throttle";
import { db } from "@/lib/db";

export async function listUsers(user: CurrentUser) {
  requirePermission(user, "user.manage");
  const users = await db.user.findMany({
    orderBy: { username: "asc" },
    select: {
      id: true,
      username: true,
      displayName: true,
      roles: true,
      active: true,
      homeSite: { select: { code: true, name: true } },
    },
  });
  const locked = await lockedUsernames(users.map((row) => row.username));
  return users.map((row) => ({ ...row, isLockedOut: locked.has(usernameKey(row.username)) }));
}
