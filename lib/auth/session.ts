import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { can, type Permission } from "@/lib/auth/permissions";
import { sessionIdFromCookies } from "@/lib/auth/session-token";
import { readLiveSession } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  homeSiteId: string | null;
  /** The open sites a SITE_LEAD leads: their home site and any further ones; empty for everyone else. */
  ledSiteIds: string[];
  /** Given a first password by an administrator: nothing else until they choose their own. */
  mustChangePassword: boolean;
};

/** The id of the server-side session the cookie names, if the cookie is valid. */
export const getSessionId = cache(async (): Promise<string | null> => {
  const store = await cookies();
  return sessionIdFromCookies(Object.fromEntries(store.getAll().map(({ name, value }) => [name, value])));
});

/** The signed-in user, re-read from the database with their session (roles may have changed), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const sessionId = await getSessionId();
  return sessionId ? readLiveSession(sessionId) : null;
});

export const CHANGE_PASSWORD_PATH = "/account/password";

/** The signed-in user; one who must first choose a password may do nothing else. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await requireUserBeforePasswordChange();
  if (user.mustChangePassword)
    throw new AppError("FORBIDDEN", `Choose your own password first, at ${CHANGE_PASSWORD_PATH}.`);
  return user;
}

/** The signed-in user, even one who has still to choose their own password: for choosing it. */
export async function requireUserBeforePasswordChange(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}

export function requirePermission(user: CurrentUser, permission: Permission): void {
  if (!can(user.roles, permission)) {
    throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  }
}
