import { Role } from "@/lib/generated/prisma/enums";

const EVERYONE = ["posture.view", "posture.acknowledge", "sites.view"] as const;

/** What each role may do: the one table every access rule reads. Client-safe: no server imports. */
export const ROLE_PERMISSIONS = {
  STAFF: [...EVERYONE],
  SITE_LEAD: [...EVERYONE, "checklist.view.own", "checklist.work.own", "coverage.view.own"],
  COMMANDER: [
    ...EVERYONE,
    "threat.record",
    "level.set",
    "overview.view",
    "checklist.view.all",
    "checklist.work.all",
    "coverage.view.all",
    "policy.review",
  ],
  OFFICER: [...EVERYONE, "alarm.request", "alarm.view.own", "hazard.view"],
  APPROVER: [...EVERYONE, "alarm.view.all", "alarm.decide", "alarm.accessLog.view", "alarm.records.review"],
  INSTALLER: [...EVERYONE, "alarm.view.assigned", "alarm.install", "alarm.remove", "unit.manage"],
  CONTROL_ROOM: [...EVERYONE, "alarm.view.live", "alarm.confirmLive", "alarm.lookup", "hazard.view"],
  ADMIN: [
    ...EVERYONE,
    "user.manage",
    "site.manage",
    "policy.manage",
    "policy.review",
    "audit.view",
    "notifications.manage",
  ],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof ROLE_PERMISSIONS)[Role][number];

export const ALL_ROLES = Object.values(Role);

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

/** Whether any of the roles grants the permission. Hides buttons; the server decides. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission));
}
