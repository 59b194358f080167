import "server-only";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PersonalView } from "@/lib/alarms/columns";
import { FITTED_STATUSES } from "@/lib/alarms/transitions";

// Who may know and do what with temporary alarms (ROLE_PERMISSIONS, lib/auth/permissions.ts). Every domain
// function of lib/alarms applies these; pages and routes never repeat them.

/** A request the user may not know of is answered as if it did not exist (decision 009). */
export const NOT_VISIBLE = "There is no alarm request here that you may see.";

/** Installers see only the requests they must fit or remove, and their fits the control room has not confirmed. */
export const INSTALLER_STATUSES = ["APPROVED", "REMOVAL_ORDERED"] as const;
const AWAITING_CONTROL_ROOM = { status: "INSTALLED", liveConfirmedAt: null } as const;
/** The control room sees what is fitted: the alarms it answers, and the fits it must confirm. */
const CONTROL_ROOM_SCOPE = { status: { in: [...FITTED_STATUSES] } };

/** The requests a user may know of at all, as a query filter (need to know, DPA 2018 Part 3). */
export function alarmScope(user: CurrentUser): Prisma.AlarmRequestWhereInput {
  if (can(user.roles, "alarm.view.all")) return {};
  const scopes: Prisma.AlarmRequestWhereInput[] = [];
  if (can(user.roles, "alarm.view.own")) scopes.push({ requestedById: user.id });
  if (can(user.roles, "alarm.view.assigned"))
    scopes.push({ status: { in: [...INSTALLER_STATUSES] } }, AWAITING_CONTROL_ROOM);
  if (can(user.roles, "alarm.view.live")) scopes.push(CONTROL_ROOM_SCOPE);
  if (scopes.length === 0) throw new AppError("FORBIDDEN", "You do not have access to alarm requests.");
  return { OR: scopes };
}

export type { PersonalView };

/** Which personal fields this user may open on this request, or null for none. */
export function personalViewOf(
  user: CurrentUser,
  request: { requestedById: string; status: string; liveConfirmedAt: Date | null },
): PersonalView | null {
  if (request.requestedById === user.id && can(user.roles, "alarm.view.own")) return "full";
  if (can(user.roles, "alarm.view.all")) return "full";
  if (can(user.roles, "alarm.view.live") && (FITTED_STATUSES as readonly string[]).includes(request.status))
    return "control";
  const awaitingControlRoom = request.status === "INSTALLED" && request.liveConfirmedAt === null;
  if (
    can(user.roles, "alarm.view.assigned") &&
    ((INSTALLER_STATUSES as readonly string[]).includes(request.status) || awaitingControlRoom)
  )
    return "installer";
  return null;
}

/** The permissions that let a user act on some request; each action's own role is in the transition table. */
const ACTING_PERMISSIONS = [
  "alarm.decide",
  "alarm.install",
  "alarm.remove",
  "alarm.request",
  "alarm.confirmLive",
] as const;

export function requireAlarmActor(user: CurrentUser): void {
  if (!ACTING_PERMISSIONS.some((permission) => can(user.roles, permission))) {
    throw new AppError("FORBIDDEN", "You may not act on alarm requests.");
  }
}

/** Installers keep the stock; approvers choose from it. */
export function requireUnitAccess(user: CurrentUser): void {
  if (!can(user.roles, "unit.manage") && !can(user.roles, "alarm.decide")) {
    throw new AppError("FORBIDDEN", "You do not have access to the alarm inventory.");
  }
}
