import "server-only";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Installers see only the requests they must fit or remove. */
export const INSTALLER_STATUSES = ["APPROVED", "REMOVAL_ORDERED"] as const;

/** The requests a user may know of at all, as a query filter (need to know, DPA 2018 Part 3). */
export function alarmScope(user: CurrentUser): Prisma.AlarmRequestWhereInput {
  if (can(user.roles, "alarm.view.all")) return {};
  const scopes: Prisma.AlarmRequestWhereInput[] = [];
  if (can(user.roles, "alarm.view.own")) scopes.push({ requestedById: user.id });
  if (can(user.roles, "alarm.view.assigned")) scopes.push({ status: { in: [...INSTALLER_STATUSES] } });
  if (scopes.length === 0) throw new AppError("FORBIDDEN", "You do not have access to alarm requests.");
  return { OR: scopes };
}

export type PersonalView = "full" | "installer";

/** Which personal fields this user may open on this request, or null for none. */
export function personalViewOf(user: CurrentUser, request: { requestedById: string; status: string }): PersonalView | null {
  if (request.requestedById === user.id && can(user.roles, "alarm.view.own")) return "full";
  if (can(user.roles, "alarm.view.all")) return "full";
  if (can(user.roles, "alarm.view.assigned") && (INSTALLER_STATUSES as readonly string[]).includes(request.status)) return "installer";
  return null;
}
