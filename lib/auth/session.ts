import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { can, type Permission } from "@/lib/auth/permissions";
import { z } from "zod";
import { readLiveSession } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  homeSiteId: string | null;
};

/** The id of the server-side session the cookie names, if the cookie is valid. */
export const getSessionId = cache(async (): Promise<string | null> => {
  const session = await getServerSession(authOptions);
  const sessionId = (session as { sessionId?: string } | null)?.sessionId;
  return sessionId && z.uuid().safeParse(sessionId).success ? sessionId : null;
});

/** The signed-in user, re-read from the database with their session (roles may have changed), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const sessionId = await getSessionId();
  return sessionId ? readLiveSession(sessionId) : null;
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
