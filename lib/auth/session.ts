import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { can, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  homeSiteId: string | null;
};

/** The signed-in user, re-read from the database (roles may have changed), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session as { userId?: string } | null)?.userId;
  if (!userId) return null;
  return db.user.findFirst({
    where: { id: userId, active: true },
    select: { id: true, username: true, displayName: true, roles: true, homeSiteId: true },
  });
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}

export function requirePermission(user: CurrentUser, permission: Permission): void {
  if (!can(user.roles, permission)) {
    throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  }
}
