import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { checklistScope, maySeeSitePosture } from "@/lib/levels/access";
import type { LiveEvent } from "@/lib/live/event-hub";

/**
 * Which posture events a reader's pages are about: what concerns the force (threat, force level,
 * Menu of Options) reaches everyone; a site's level and its staff's measures reach those who see
 * that site's posture or checklist; other checklist work only those who see that checklist. A
 * staff page therefore never refreshes for a checklist decision at another site (issue 17).
 */
export function eventAudience(user: CurrentUser): (event: Pick<LiveEvent, "type" | "siteId">) => boolean {
  const seesChecklist = checklistScope(user);
  return ({ type, siteId }) => {
    if (type === "session") return false;
    if (siteId === null) return true;
    if (type === "checklist") return seesChecklist(siteId);
    return maySeeSitePosture(user, siteId) || seesChecklist(siteId);
  };
}

/**
 * Whether an event can change what is cached for a site's staff posture: force-wide events, and the
 * site's own level or measures. Checklist work and revoked sessions cannot.
 */
export function changesStaffPosture({ type, siteId }: Pick<LiveEvent, "type" | "siteId">, forSiteId: string | null) {
  if (type === "session" || type === "checklist") return false;
  return siteId === null || siteId === forSiteId;
}
