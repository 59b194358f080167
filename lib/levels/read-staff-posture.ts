import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDateTime, formatTime } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uuidOrNotFound } from "@/lib/http/params";
import { requireSitePostureAccess } from "@/lib/levels/access";
import { readForceLevel, SITE_LEVEL_SELECT } from "@/lib/levels/level-state";
import { readThreats } from "@/lib/levels/read-threats";
import { currentSiteLevel } from "@/lib/levels/response-levels";
import { cachedUntilNextEvent } from "@/lib/live/event-cache";
import { personalSecurityApplies } from "@/lib/policy/audience";
import { POLICY_REFERENCE } from "@/lib/policy/policy-reference";

/** The measures staff see: options for all staff that are in hand or done, never a restricted one. */
export const STAFF_VISIBLE_ITEMS: Prisma.ChecklistItemWhereInput = {
  option: { visibility: "ALL_STAFF" },
  status: { in: ["PENDING", "IMPLEMENTED"] },
};

/**
 * What every member of staff may know of a site: its level and since when, and the measures
 * visible to all staff. Restricted options are filtered in the query itself, so they never
 * reach this object, the page or the browser.
 */
async function readSitePostureForStaff(siteId: string | null) {
  const [threats, force, advice, site] = await Promise.all([
    readThreats(db),
    readForceLevel(db),
    db.policyOption.findMany({
      where: { visibility: "PERSONAL", policyVersion: { reference: POLICY_REFERENCE, status: "PUBLISHED" } },
      orderBy: { code: "asc" },
      select: { code: true, title: true, guidance: true },
    }),
    siteId
      ? db.site.findFirst({
          where: { id: siteId, closedAt: null },
          select: {
            id: true,
            code: true,
            name: true,
            address: true,
            level: { select: SITE_LEVEL_SELECT },
            activations: {
              where: { closedAt: null },
              select: {
                items: {
                  where: STAFF_VISIBLE_ITEMS,
                  orderBy: { option: { code: "asc" } },
                  select: { id: true, option: { select: { code: true, title: true, guidance: true, category: true } } },
                },
              },
            },
          },
        })
      : null,
  ]);
  // Personal-security advice follows the police-sector threat: given only while the rule calls for it.
  return { threats, force, site, personalSecurity: personalSecurityApplies(threats) ? advice : [] };
}

export type StaffSitePosture = Awaited<ReturnType<typeof readSitePostureForStaff>>;

const cachedSitePosture = (siteId: string | null) =>
  cachedUntilNextEvent(`staff-posture:${siteId}`, () => readSitePostureForStaff(siteId), siteId);

/** A member of staff's view of their own site, or of another site they may see (its printed notice). */
export async function readStaffPosture(user: CurrentUser, siteId = user.homeSiteId, now = new Date()) {
  requirePermission(user, "posture.view");
  if (siteId) requireSitePostureAccess(user, uuidOrNotFound(siteId, "That site does not exist."));
  const { threats, force, site, personalSecurity } = await cachedSitePosture(siteId);
  const postureVersion = site?.level?.version;
  const acknowledged =
    site && postureVersion !== undefined
      ? await cachedUntilNextEvent(
          acknowledgementKey(user.id, site.id, postureVersion),
          () =>
            db.acknowledgement.findUnique({
              where: { userId_siteId_postureVersion: { userId: user.id, siteId: site.id, postureVersion } },
              select: { acknowledgedAt: true },
            }),
          site.id,
        )
      : null;
  const { level, since } = currentSiteLevel(force, site?.level, now);
  return {
    threats,
    force,
    site: site && {
      id: site.id,
      code: site.code,
      name: site.name,
      address: site.address,
      level,
      since,
      postureVersion: site.level?.version ?? 0,
      measures: site.activations.flatMap((activation) =>
        activation.items.map((item) => ({ id: item.id, ...item.option })),
      ),
    },
    acknowledgedAt: acknowledged?.acknowledgedAt ?? null,
    personalSecurity,
  };
}

/**
 * A site's level as its staff page shows it, for the live stream to name in the event itself: a
 * page shows a new level the moment its event arrives, however long its refetch waits. Shares the
 * staff posture's cache, so the refetches that follow find it warm.
 */
export async function readSiteLevelForStaff(siteId: string, now = new Date()) {
  const { force, site } = await cachedSitePosture(siteId);
  if (!site) return null;
  const { level, since } = currentSiteLevel(force, site.level, now);
  return { siteId, level, at: formatTime(since), since: formatDateTime(since) };
}

/** The cache key of one person's acknowledgement of one posture; forgotten when they acknowledge. */
export function acknowledgementKey(userId: string, siteId: string, postureVersion: number) {
  return `ack:${userId}:${siteId}:${postureVersion}`;
}

export type StaffPosture = Awaited<ReturnType<typeof readStaffPosture>>;
