import { describe, expect, it } from "vitest";
import { ALL_ROLES, can, permissionsOf, ROLE_PERMISSIONS } from "@/lib/auth/permissions";

describe("role permissions", () => {
  it("lets every role see the posture and acknowledge it", () => {
    for (const role of ALL_ROLES) {
      expect(can([role], "posture.view")).toBe(true);
      expect(can([role], "posture.acknowledge")).toBe(true);
    }
  });

  it("keeps alarm data away from staff and site leads", () => {
    for (const role of ["STAFF", "SITE_LEAD"] as const) {
      const granted = [...permissionsOf([role])];
      expect(granted.filter((permission) => permission.startsWith("alarm."))).toEqual([]);
    }
  });

  it("gives level changes to commanders only", () => {
    expect(ALL_ROLES.filter((role) => can([role], "level.set"))).toEqual(["COMMANDER"]);
  });

  it("gives user, site and policy management to admins only", () => {
    for (const permission of ["user.manage", "site.manage", "policy.manage"] as const) {
      expect(ALL_ROLES.filter((role) => can([role], permission))).toEqual(["ADMIN"]);
    }
  });

  it("unions the permissions of several roles", () => {
    const granted = permissionsOf(["OFFICER", "APPROVER"]);
    expect(granted.has("alarm.request")).toBe(true);
    expect(granted.has("alarm.decide")).toBe(true);
    expect(granted.has("level.set")).toBe(false);
  });

  it("grants nothing to no roles", () => {
    expect(can([], "posture.view")).toBe(false);
    expect(permissionsOf([]).size).toBe(0);
  });

  it("lists every role of the domain", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual(
      ["ADMIN", "APPROVER", "COMMANDER", "CONTROL_ROOM", "INSTALLER", "OFFICER", "SITE_LEAD", "STAFF"].sort(),
    );
  });
});
