import { describe, expect, it } from "vitest";
import {
  currentSiteLevel,
  effectiveResponseLevel,
  higherResponseLevel,
  isBelowSuggestion,
  suggestedResponseLevel,
} from "@/lib/levels/response-levels";

const NOW = new Date("2026-11-22T12:00:00Z");
const LATER = new Date("2026-11-23T12:00:00Z");
const EARLIER = new Date("2026-11-21T12:00:00Z");

describe("usual mapping of threat to response level", () => {
  it.each([
    ["LOW", "NORMAL"],
    ["MODERATE", "NORMAL"],
    ["SUBSTANTIAL", "HEIGHTENED"],
    ["SEVERE", "HEIGHTENED"],
    ["CRITICAL", "EXCEPTIONAL"],
  ] as const)("suggests %s → %s", (threat, response) => {
    expect(suggestedResponseLevel(threat)).toBe(response);
  });

  it("flags a response level below the suggestion of any threat", () => {
    expect(isBelowSuggestion("NORMAL", ["SUBSTANTIAL", "LOW"])).toBe(true);
    expect(isBelowSuggestion("HEIGHTENED", ["SEVERE", "SUBSTANTIAL"])).toBe(false);
    expect(isBelowSuggestion("EXCEPTIONAL", ["LOW"])).toBe(false);
  });
});

describe("effective level", () => {
  it("is the force level without an override", () => {
    expect(effectiveResponseLevel("HEIGHTENED", null, NOW)).toBe("HEIGHTENED");
  });

  it("is the override while it is in force and above the force level", () => {
    expect(effectiveResponseLevel("NORMAL", { level: "EXCEPTIONAL", expiresAt: LATER }, NOW)).toBe("EXCEPTIONAL");
  });

  it("never lowers below the force level", () => {
    expect(effectiveResponseLevel("EXCEPTIONAL", { level: "HEIGHTENED", expiresAt: LATER }, NOW)).toBe("EXCEPTIONAL");
  });

  it("returns to the force level once the override has expired", () => {
    expect(effectiveResponseLevel("NORMAL", { level: "EXCEPTIONAL", expiresAt: EARLIER }, NOW)).toBe("NORMAL");
    expect(effectiveResponseLevel("NORMAL", { level: "EXCEPTIONAL", expiresAt: NOW }, NOW)).toBe("NORMAL");
  });

  it("picks the higher of two levels", () => {
    expect(higherResponseLevel("NORMAL", "HEIGHTENED")).toBe("HEIGHTENED");
    expect(higherResponseLevel("EXCEPTIONAL", "NORMAL")).toBe("EXCEPTIONAL");
  });
});

describe("a site's current level from its stored row", () => {
  const force = { level: "NORMAL" as const, since: EARLIER };
  const stored = {
    effectiveLevel: "EXCEPTIONAL" as const,
    effectiveSince: EARLIER,
    overrideLevel: "EXCEPTIONAL" as const,
    overrideExpiresAt: LATER,
  };

  it("keeps an override still in force, since the stored time", () => {
    expect(currentSiteLevel(force, stored, NOW)).toEqual({
      level: "EXCEPTIONAL",
      since: EARLIER,
      activeOverride: { level: "EXCEPTIONAL", expiresAt: LATER },
    });
  });

  it("drops an override past its expiry before the sweeper records it, since the expiry", () => {
    const expired = { ...stored, overrideExpiresAt: new Date("2026-11-22T06:00:00Z") };
    expect(currentSiteLevel(force, expired, NOW)).toEqual({
      level: "NORMAL",
      since: expired.overrideExpiresAt,
      activeOverride: null,
    });
  });

  it("falls back to the force level for a site with no row", () => {
    expect(currentSiteLevel(force, null, NOW)).toEqual({ level: "NORMAL", since: EARLIER, activeOverride: null });
  });
});
