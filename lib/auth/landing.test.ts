import { describe, expect, it } from "vitest";
import { landingPathFor } from "@/lib/auth/landing";
import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";

const user = (roles: Role[], homeSiteId: string | null = "site-1"): CurrentUser => ({
  id: "user-1",
  username: "someone",
  displayName: "Someone",
  roles,
  homeSiteId,
  ledSiteIds: roles.includes("SITE_LEAD") && homeSiteId ? [homeSiteId] : [],
  mustChangePassword: false,
});

describe("the landing page by role", () => {
  it.each([
    [["COMMANDER"], "/levels"],
    [["SITE_LEAD"], "/sites/site-1"],
    [["STAFF"], "/posture"],
    [["OFFICER"], "/alarms"],
    [["APPROVER"], "/alarms"],
    [["INSTALLER"], "/alarms"],
    [["CONTROL_ROOM"], "/alarms/control-room"],
    [["ADMIN"], "/admin/users"],
    [["STAFF", "COMMANDER"], "/levels"],
  ] as [Role[], string][])("%j lands on %s", (roles, path) => {
    expect(landingPathFor(user(roles))).toBe(path);
  });

  it("sends a site lead without a home site to the posture page", () => {
    expect(landingPathFor(user(["SITE_LEAD"], null))).toBe("/posture");
  });
});
