import "server-only";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

// Who may know what of the response levels (ROLE_PERMISSIONS, lib/auth/permissions.ts). Every domain function
// of lib/levels applies these; pages and routes never repeat them.

/** A user's own sites: their home site and, for a SITE_LEAD, every site they lead. */
export function ownSiteIds(user: CurrentUser): string[] {
  return [...new Set([...(user.homeSiteId ? [user.homeSiteId] : []), ...user.ledSiteIds])];
}

/**
 * The open sites whose posture a user may read: COMMANDERs every one; everyone else the force
 * level and their own sites (a SITE_LEAD's home site and the sites they lead).
 */
export function postureSiteScope(user: CurrentUser): Prisma.SiteWhereInput {
  if (can(user.roles, "overview.view")) return { closedAt: null };
  return { closedAt: null, id: { in: ownSiteIds(user) } };
}

/** The predicate form of `postureSiteScope`, for one site already in hand. */
export function maySeeSitePosture(user: CurrentUser, siteId: string): boolean {
  return can(user.roles, "overview.view") || ownSiteIds(user).includes(siteId);
}

export function requireSitePostureAccess(user: CurrentUser, siteId: string): void {
  if (!maySeeSitePosture(user, siteId)) throw new AppError("FORBIDDEN", "You may not see this site's posture.");
}

/**
 * Which sites' checklists (with their restricted options and override reasons) the user may see
 * or work: COMMANDERs every site, SITE_LEADs the sites they lead.
 */
export function checklistScope(user: CurrentUser, mode: "view" | "work" = "view"): (siteId: string) => boolean {
  if (can(user.roles, mode === "view" ? "checklist.view.all" : "checklist.work.all")) return () => true;
  const led = can(user.roles, mode === "view" ? "checklist.view.own" : "checklist.work.own") ? user.ledSiteIds : [];
  return (siteId) => led.includes(siteId);
}

/**
 * Whose acknowledgements the user may see and record briefings for: COMMANDERs every site's
 * people, SITE_LEADs the people of the sites they lead. Who has not acknowledged is need-to-know: nobody else.
 */
export function coverageScope(user: CurrentUser): (siteId: string | null) => boolean {
  if (can(user.roles, "coverage.view.all")) return (siteId) => siteId !== null;
  const led = coverageSiteIds(user);
  return (siteId) => siteId !== null && led.includes(siteId);
}

/** The sites whose coverage a site lead sees (null: every site, for those who see all). */
export function coverageSiteIds(user: CurrentUser): string[] {
  return can(user.roles, "coverage.view.own") ? user.ledSiteIds : [];
}

export function requireCoverageAccess(user: CurrentUser): void {
  if (!can(user.roles, "coverage.view.all") && coverageSiteIds(user).length === 0) {
    throw new AppError(
      "FORBIDDEN",
      "You do not have permission to see who has acknowledged: commanders and site leads only.",
    );
  }
}

export function seesAnyChecklist(user: CurrentUser): boolean {
  return can(user.roles, "checklist.view.all") || (can(user.roles, "checklist.view.own") && user.ledSiteIds.length > 0);
}

/** Throws unless the user may view (or work) the checklist of this site. */
export function requireChecklistAccess(user: CurrentUser, siteId: string, mode: "view" | "work" = "view") {
  if (!checklistScope(user, mode)(siteId)) {
    throw new AppError(
      "FORBIDDEN",
      mode === "view" ? "You may not see this site's checklist." : "You may not work this site's checklist.",
    );
  }
}

/** Who may be given a site's checklist item: its own people, the leads who lead it, or a commander. */
export function assignableUsers(siteId: string): Prisma.UserWhereInput {
  return {
    active: true,
    OR: [
      { homeSiteId: siteId },
      { roles: { has: "SITE_LEAD" }, leadSites: { some: { siteId } } },
      { roles: { has: "COMMANDER" } },
    ],
  };
}

/** The force-wide history needs the overview; one site's history needs its checklist. */
export function requireLevelHistoryAccess(user: CurrentUser, siteId: string | null): void {
  if (siteId) requireChecklistAccess(user, siteId);
  else if (!can(user.roles, "overview.view")) {
    throw new AppError("FORBIDDEN", "You may not see the force's level history.");
  }
}

/**
 * Where the navigation's "Checklist" leads: the overview for those who see every site, a lead's
 * one site, or the list of a lead's several sites.
 */
export function checklistLanding(user: CurrentUser): string {
  if (can(user.roles, "checklist.view.all")) return "/levels";
  if (can(user.roles, "checklist.view.own") && user.ledSiteIds.length === 1) return `/sites/${user.ledSiteIds[0]}`;
  if (can(user.roles, "checklist.view.own") && user.ledSiteIds.length > 1) return "/my-sites";
  throw new AppError("FORBIDDEN", "You have no checklist to work.");
}
