import { describe, expect, it } from "vitest";
import {
  forceChangeTarget,
  previewLevelChange,
  type PreviewOption,
  type PreviewSite,
} from "@/lib/levels/preview-rules";

const NOW = new Date("2026-11-22T12:00:00Z");
const site = (
  id: string,
  type: string,
  effectiveLevel: PreviewSite["effectiveLevel"],
  override: PreviewSite["override"] = null,
): PreviewSite => ({
  id,
  code: id.toUpperCase(),
  name: `Site ${id}`,
  type,
  effectiveLevel,
  override,
});
const option = (
  code: string,
  minLevel: PreviewOption["minLevel"],
  siteTypes: string[],
  officerHoursPerDay: number,
  costPerDay: number,
): PreviewOption => ({
  id: code,
  code,
  title: code,
  minLevel,
  siteTypes,
  officerHoursPerDay,
  costPerDay,
});
const OPTIONS = [
  option("H1", "HEIGHTENED", ["POLICE_STATION", "VEHICLE_DEPOT"], 2, 0),
  option("H2", "HEIGHTENED", ["POLICE_STATION"], 1.5, 100),
  option("E1", "EXCEPTIONAL", ["POLICE_STATION", "VEHICLE_DEPOT"], 10, 1000),
];

describe("preview of a force-wide change", () => {
  it("lists the sites that move, the items that open and the resources at the new level", () => {
    const sites = [site("a", "POLICE_STATION", "NORMAL"), site("b", "VEHICLE_DEPOT", "NORMAL")];
    const preview = previewLevelChange(sites, OPTIONS, forceChangeTarget("HEIGHTENED", NOW));
    expect(preview.moves.map((move) => `${move.id}:${move.from}->${move.to}`)).toEqual([
      "a:NORMAL->HEIGHTENED",
      "b:NORMAL->HEIGHTENED",
    ]);
    expect(preview.opening).toEqual([
      { code: "H1", title: "H1", siteCount: 2 },
      { code: "H2", title: "H2", siteCount: 1 },
    ]);
    expect(preview.itemsOpening).toBe(3);
    expect(preview).toMatchObject({ officerHoursPerDay: 5.5, costPerDay: 100, isExceptional: false });
  });

  it("opens only what is new when rising again, and warns about EXCEPTIONAL", () => {
    const preview = previewLevelChange(
      [site("a", "POLICE_STATION", "HEIGHTENED")],
      OPTIONS,
      forceChangeTarget("EXCEPTIONAL", NOW),
    );
    expect(preview.opening.map((entry) => entry.code)).toEqual(["E1"]);
    expect(preview).toMatchObject({ officerHoursPerDay: 13.5, costPerDay: 1100, isExceptional: true });
  });

  it("leaves a site with a higher override where it is, and opens nothing when lowering", () => {
    const raised = site("a", "POLICE_STATION", "EXCEPTIONAL", {
      level: "EXCEPTIONAL",
      expiresAt: new Date("2026-11-23T00:00:00Z"),
    });
    const lowered = site("b", "POLICE_STATION", "HEIGHTENED");
    const preview = previewLevelChange([raised, lowered], OPTIONS, forceChangeTarget("NORMAL", NOW));
    expect(preview.moves.map((move) => move.id)).toEqual(["b"]);
    expect(preview.itemsOpening).toBe(0);
    expect(preview.officerHoursPerDay).toBe(0);
  });
});
