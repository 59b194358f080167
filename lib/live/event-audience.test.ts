import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { changesStaffPosture, eventAudience } from "@/lib/live/event-audience";

const person = (roles: Role[], homeSiteId: string | null, ledSiteIds: string[] = []): CurrentUser => ({
  id: "u",
  username: "u",
  displayName: "U",
  roles,
  homeSiteId,
  ledSiteIds,
  mustChangePassword: false,
});

const staff = eventAudience(person(["STAFF"], "home"));
const lead = eventAudience(person(["SITE_LEAD"], "home", ["home", "second"]));
const commander = eventAudience(person(["COMMANDER"], "hq"));

describe("who hears of a posture event", () => {
  it("tells everyone of a force-wide change", () => {
    for (const hears of [staff, lead, commander])
      for (const type of ["force", "threat", "policy"]) expect(hears({ type, siteId: null })).toBe(true);
  });

  it("tells a site's staff of its level and its measures, not of another site's", () => {
    expect(staff({ type: "site", siteId: "home" })).toBe(true);
    expect(staff({ type: "measures", siteId: "home" })).toBe(true);
    expect(staff({ type: "site", siteId: "elsewhere" })).toBe(false);
    expect(staff({ type: "measures", siteId: "elsewhere" })).toBe(false);
  });

  it("tells checklist work only to those who see that checklist", () => {
    expect(staff({ type: "checklist", siteId: "home" })).toBe(false);
    expect(lead({ type: "checklist", siteId: "second" })).toBe(true);
    expect(lead({ type: "checklist", siteId: "elsewhere" })).toBe(false);
    expect(commander({ type: "checklist", siteId: "anywhere" })).toBe(true);
  });

  it("gives every site's level to those who see the whole estate, and nobody a revoked session", () => {
    expect(commander({ type: "site", siteId: "anywhere" })).toBe(true);
    expect(lead({ type: "site", siteId: "second" })).toBe(true);
    for (const hears of [staff, lead, commander]) expect(hears({ type: "session", siteId: null })).toBe(false);
  });
});

describe("what a site's cached staff posture outlives", () => {
  it("outlives checklist work and other sites' changes, not its own level or measures or a force change", () => {
    expect(changesStaffPosture({ type: "checklist", siteId: "home" }, "home")).toBe(false);
    expect(changesStaffPosture({ type: "site", siteId: "elsewhere" }, "home")).toBe(false);
    expect(changesStaffPosture({ type: "session", siteId: null }, "home")).toBe(false);
    expect(changesStaffPosture({ type: "site", siteId: "home" }, "home")).toBe(true);
    expect(changesStaffPosture({ type: "measures", siteId: "home" }, "home")).toBe(true);
    expect(changesStaffPosture({ type: "force", siteId: null }, "home")).toBe(true);
  });
});
