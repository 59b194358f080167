import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "estate-demo";

export type DemoUser = { username: string; displayName: string; roles: Role[]; homeSiteCode: string };

/** One demo user per role, as listed in the README. */
export const DEMO_USERS: DemoUser[] = [
  { username: "commander", displayName: "Ch Supt Alex Morgan", roles: ["COMMANDER"], homeSiteCode: "HQ01" },
  { username: "sitelead", displayName: "Insp Priya Shah", roles: ["SITE_LEAD"], homeSiteCode: "CEN01" },
  { username: "staff", displayName: "Sam Taylor", roles: ["STAFF"], homeSiteCode: "CEN01" },
  { username: "officer", displayName: "PC Jordan Lee", roles: ["OFFICER"], homeSiteCode: "CEN02" },
  { username: "officer2", displayName: "PC Morgan Ellis", roles: ["OFFICER"], homeSiteCode: "NOR01" },
  { username: "approver", displayName: "Sgt Chris Evans", roles: ["APPROVER"], homeSiteCode: "CEN01" },
  { username: "installer", displayName: "Dana Hughes", roles: ["INSTALLER"], homeSiteCode: "CEN04" },
  { username: "controlroom", displayName: "Jamie Fox", roles: ["CONTROL_ROOM"], homeSiteCode: "HQ01" },
  { username: "admin", displayName: "Robin Clarke", roles: ["ADMIN"], homeSiteCode: "HQ01" },
];
