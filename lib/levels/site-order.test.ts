import { describe, expect, it } from "vitest";
import { sortSites } from "@/lib/levels/site-order";

const site = (
  code: string,
  district: string,
  level: "NORMAL" | "HEIGHTENED" | "EXCEPTIONAL",
  done = 0,
  overdue = 0,
) => ({
  code,
  district,
  effectiveLevel: level,
  checklist: level === "NORMAL" ? undefined : { total: 10, considered: done, overdue },
});

const SITES = [
  site("CEN01", "Central", "HEIGHTENED", 4, 2),
  site("NOR01", "North", "EXCEPTIONAL", 9, 0),
  site("CEN02", "Central", "NORMAL"),
  site("AAA01", "South", "HEIGHTENED", 1, 5),
];

const codes = (sites: { code: string }[]) => sites.map((entry) => entry.code);

describe("the overview's order of sites", () => {
  it("sorts by district then code, by level, and the other way round", () => {
    expect(codes(sortSites(SITES, { key: "district", direction: "asc" }))).toEqual([
      "CEN01",
      "CEN02",
      "NOR01",
      "AAA01",
    ]);
    expect(codes(sortSites(SITES, { key: "level", direction: "desc" }))).toEqual(["NOR01", "AAA01", "CEN01", "CEN02"]);
    expect(codes(sortSites(SITES, { key: "site", direction: "asc" }))).toEqual(["AAA01", "CEN01", "CEN02", "NOR01"]);
  });

  it("puts the least finished checklists and the most overdue items first when asked", () => {
    expect(codes(sortSites(SITES, { key: "checklist", direction: "asc" }))).toEqual([
      "AAA01",
      "CEN01",
      "NOR01",
      "CEN02",
    ]);
    expect(codes(sortSites(SITES, { key: "overdue", direction: "desc" }))).toEqual([
      "AAA01",
      "CEN01",
      "CEN02",
      "NOR01",
    ]);
  });
});
