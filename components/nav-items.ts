import type { Permission } from "@/lib/auth/permissions";

/**
 * A link shown to anyone holding one of its permissions; `counted` links show the user's alarm
 * work. A `plain` page is served without the App Router (app/posture/route.ts): it is reached by
 * an ordinary link, never prefetched as React Server Components.
 */
export type NavItem = { href: string; label: string; permissions: Permission[]; counted?: boolean; plain?: boolean };

export const NAV_ITEMS: NavItem[] = [
  { href: "/posture", label: "Posture", permissions: ["posture.view"], plain: true },
  { href: "/levels", label: "Response levels", permissions: ["overview.view"] },
  { href: "/checklist", label: "Checklist", permissions: ["checklist.view.own"] },
  { href: "/coverage", label: "Coverage", permissions: ["coverage.view.all", "coverage.view.own"] },
  { href: "/debriefs", label: "Debriefs", permissions: ["checklist.view.all", "checklist.view.own"] },
  { href: "/alarms/control-room", label: "Alarm lookup", permissions: ["alarm.lookup"] },
  {
    href: "/alarms",
    label: "Alarms",
    permissions: ["alarm.view.own", "alarm.view.all", "alarm.view.assigned", "alarm.view.live"],
    counted: true,
  },
  { href: "/alarms/hazards", label: "Hazard check", permissions: ["hazard.view"] },
  { href: "/alarms/units", label: "Alarm units", permissions: ["unit.manage"] },
  { href: "/alarms/reports", label: "Alarm reports", permissions: ["alarm.view.all"] },
  { href: "/alarms/records-review", label: "Records review", permissions: ["alarm.records.review"] },
  { href: "/estate", label: "Estate", permissions: ["sites.view"] },
  { href: "/admin/policy", label: "Menu of Options", permissions: ["policy.manage"] },
  { href: "/reports/policy-review", label: "Policy review", permissions: ["policy.review"] },
  { href: "/admin/sites", label: "Sites", permissions: ["site.manage"] },
  { href: "/admin/users", label: "Users", permissions: ["user.manage"] },
  { href: "/admin/api-tokens", label: "API tokens", permissions: ["user.manage"] },
  { href: "/admin/notifications", label: "Notifications", permissions: ["notifications.manage"] },
  { href: "/admin/audit", label: "Audit log", permissions: ["audit.view"] },
];
