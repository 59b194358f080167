import { describe, expect, it } from "vitest";
import { isChecklistOption, personalSecurityApplies } from "@/lib/policy/audience";

const threats = (national: string | null, policeSector: string | null) =>
  ({
    national: national ? { level: national } : null,
    policeSector: policeSector ? { level: policeSector } : null,
  }) as Parameters<typeof personalSecurityApplies>[0];

describe("the police-sector threat and personal security", () => {
  it("applies when the police-sector threat is above the national one", () => {
    expect(personalSecurityApplies(threats("SUBSTANTIAL", "SEVERE"))).toBe(true);
    expect(personalSecurityApplies(threats("MODERATE", "SUBSTANTIAL"))).toBe(true);
    expect(personalSecurityApplies(threats("SUBSTANTIAL", "SUBSTANTIAL"))).toBe(false);
    expect(personalSecurityApplies(threats("SUBSTANTIAL", "MODERATE"))).toBe(false);
  });

  it("applies at SEVERE or above whatever the national level", () => {
    expect(personalSecurityApplies(threats("CRITICAL", "SEVERE"))).toBe(true);
    expect(personalSecurityApplies(threats(null, "CRITICAL"))).toBe(true);
    expect(personalSecurityApplies(threats(null, "SUBSTANTIAL"))).toBe(false);
  });

  it("never applies without a police-sector threat recorded", () => {
    expect(personalSecurityApplies(threats("CRITICAL", null))).toBe(false);
  });

  it("keeps personal advice out of checklists", () => {
    expect(isChecklistOption("PERSONAL")).toBe(false);
    expect(isChecklistOption("SITE_LEADS")).toBe(true);
  });
});
