import { describe, expect, it } from "vitest";
import { ENTERPRISE_SCHEMA, userAttributesOf, userPatchOf } from "@/lib/scim/user-attributes";

describe("SCIM user attributes", () => {
  it("read a whole user: display name from name when missing, the primary email, department as home site", () => {
    expect(
      userAttributesOf({
        userName: "a.morgan@force.example",
        name: { givenName: "Alex", familyName: "Morgan" },
        emails: [
          { value: "other@force.example", type: "other" },
          { value: "a.morgan@force.example", primary: true },
        ],
        [ENTERPRISE_SCHEMA]: { department: "CEN01" },
      }),
    ).toEqual({
      userName: "a.morgan@force.example",
      externalId: null,
      displayName: "Alex Morgan",
      email: "a.morgan@force.example",
      active: true,
      department: "CEN01",
    });
  });

  it("read Entra's PATCH operations: capitalised ops, string booleans, value objects, removals", () => {
    expect(
      userPatchOf({
        Operations: [
          { op: "Replace", path: "active", value: "False" },
          { op: "Add", path: `${ENTERPRISE_SCHEMA}:department`, value: "NOR01" },
          { op: "Replace", path: "name.givenName", value: "ignored" },
          { op: "Remove", path: 'emails[type eq "work"].value' },
          { op: "replace", value: { displayName: "New Name", [ENTERPRISE_SCHEMA]: { department: "HQ01" } } },
        ],
      }),
    ).toEqual({ active: false, department: "HQ01", email: null, displayName: "New Name" });
  });

  it("refuses what it cannot apply, naming it", () => {
    expect(() => userPatchOf({ Operations: [] })).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => userPatchOf({ Operations: [{ op: "Remove", path: "userName" }] })).toThrow(
      expect.objectContaining({ scimType: "mutability" }),
    );
    expect(() => userPatchOf({ Operations: [{ op: "Replace", path: "active", value: "sometimes" }] })).toThrow(
      expect.objectContaining({ scimType: "invalidValue" }),
    );
    expect(() => userPatchOf({ Operations: [{ op: "move", path: "active", value: true }] })).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });
});
