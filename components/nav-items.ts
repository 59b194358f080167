import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; permission: Permission };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Estate", permission: "sites.view" },
  { href: "/admin/users", label: "Users", permission: "user.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.view" },
];
