import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/auth/permissions";
import { CHANGE_PASSWORD_PATH, getCurrentUser, type CurrentUser } from "@/lib/auth/session";

/**
 * For pages: redirects to sign-in without a session, and to choosing a password while the user
 * has only the administrator's; renders 403 without the permission.
 */
export async function requirePageUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (permission && !can(user.roles, permission)) forbidden();
  return user;
}

/** Runs a page's read: NOT_FOUND becomes the 404 page and FORBIDDEN the 403 page. */
export async function readForPage<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
