import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function listUsers(user: CurrentUser) {
  requirePermission(user, "user.manage");
  return db.user.findMany({
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
}
