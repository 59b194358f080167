import { describe, expect, it } from "vitest";
import { diffPolicyOptions, isUnchanged, type DiffableOption } from "@/lib/policy/policy-diff";

const option = (code: string, changes: Partial<DiffableOption> = {}): DiffableOption => ({
  code,
  title: `Option ${code}`,
  guidance: "Do the thing.",
  category: "Access control",
  minLevel: "HEIGHTENED",
  siteTypes: ["POLICE_STATION", "CUSTODY_SUITE"],
  ownerRole: "SITE_LEAD",
  officerHoursPerDay: 2,
  costPerDay: 0,
  visibility: "ALL_STAFF",
  cadence: "ONCE",
  ...changes,
});

describe("the publishing diff", () => {
  it("lists options added, removed and changed, field by field", () => {
    const diff = diffPolicyOptions(
      [option("ACC-01"), option("ACC-02"), option("SEA-01")],
      [option("ACC-01"), option("ACC-02", { minLevel: "NORMAL", costPerDay: 150, title: "Renamed" }), option("COM-09")],
    );
    expect(diff.added).toEqual([{ code: "COM-09", title: "Option COM-09" }]);
    expect(diff.removed).toEqual([{ code: "SEA-01", title: "Option SEA-01" }]);
    expect(diff.changed).toEqual([
      {
        code: "ACC-02",
        title: "Renamed",
        fields: [
          { field: "title", from: "Option ACC-02", to: "Renamed" },
          { field: "minLevel", from: "HEIGHTENED", to: "NORMAL" },
          { field: "costPerDay", from: "0", to: "150" },
        ],
      },
    ]);
  });

  it("compares site types as a set, and says when nothing changed", () => {
    const diff = diffPolicyOptions(
      [option("ACC-01")],
      [option("ACC-01", { siteTypes: ["CUSTODY_SUITE", "POLICE_STATION"] })],
    );
    expect(isUnchanged(diff)).toBe(true);
    expect(isUnchanged(diffPolicyOptions([], [option("ACC-01")]))).toBe(false);
  });
});
