import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; permission: Permission };

export const NAV_ITEMS: NavItem[] = [
  { href: "/posture", label: "Posture", permission: "posture.view" },
  { href: "/levels", label: "Response levels", permission: "overview.view" },
  { href: "/checklist", label: "Checklist", permission: "checklist.view.own" },
  { href: "/", label: "Estate", permission: "sites.view" },
  { href: "/admin/policy", label: "Menu of Options", permission: "policy.manage" },
  { href: "/admin/users", label: "Users", permission: "user.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.view" },
];
