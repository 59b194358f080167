import { can, type Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";

const WORKS_ALARMS: Permission[] = ["alarm.view.all", "alarm.view.assigned", "alarm.view.own"];

/**
 * Where each role starts its day: a commander on the overview, a site lead on their checklist,
 * the control room on its call-time lookup, those who work alarms on their queues, an admin on users, everyone else on their site's posture.
 * Someone with several roles lands where the first of these applies.
 */
export function landingPathFor(user: CurrentUser): string {
  if (can(user.roles, "overview.view")) return "/levels";
  if (can(user.roles, "checklist.view.own") && user.ledSiteIds.length === 1) return `/sites/${user.ledSiteIds[0]}`;
  if (can(user.roles, "checklist.view.own") && user.ledSiteIds.length > 1) return "/my-sites";
  if (can(user.roles, "alarm.lookup")) return "/alarms/control-room";
  if (WORKS_ALARMS.some((permission) => can(user.roles, permission))) return "/alarms";
  if (can(user.roles, "user.manage")) return "/admin/users";
  return "/posture";
}
