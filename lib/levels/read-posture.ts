import "server-only";
import { can } from "@/lib/auth/permissions";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checklistScope, postureSiteScope, seesAnyChecklist } from "@/lib/levels/access";
import { type Progress } from "@/lib/levels/checklist-rules";
import { OVERDUE_SQL } from "@/lib/levels/checklist-sql";
import { readForceLevel, SITE_LEVEL_SELECT, type ForceState } from "@/lib/levels/level-state";
import { readThreats, type Threats } from "@/lib/levels/read-threats";
import { currentSiteLevel, isBelowSuggestion, type ResponseLevel } from "@/lib/levels/response-levels";

export type SitePosture = {
  id: string;
  code: string;
  name: string;
  type: string;
  district: string;
  effectiveLevel: ResponseLevel;
  since: Date;
  version: number;
  override: { level: ResponseLevel; reason: string | null; expiresAt: Date } | null;
  checklist?: Progress;
};

export type Posture = { threats: Threats; isBelowSuggestion: boolean; force: ForceState; sites: SitePosture[] };

/**
 * The estate's posture (`GET /api/posture`, the overview). Checklist counts only for sites whose
 * checklist the caller may see (one site's, for a site page). At most four queries whatever
 * the number of sites.
 */
export async function readPosture(user: CurrentUser, now = new Date(), onlySiteId?: string): Promise<Posture> {
  requirePermission(user, "posture.view");
  return postureFor(
    {
      sites: postureSiteScope(user),
      seesChecklist: checklistScope(user),
      seesAnyChecklist: seesAnyChecklist(user),
      checklistSiteIds: can(user.roles, "checklist.view.all") ? null : user.ledSiteIds,
    },
    now,
    onlySiteId,
  );
}

/**
 * The estate's posture for another system (an API token with posture:read): every open site's
 * level, as all staff may know it; no checklist, and no override's reason.
 */
export function readPostureForSystem(now = new Date()): Promise<Posture> {
  return postureFor(
    { sites: { closedAt: null }, seesChecklist: () => false, seesAnyChecklist: false, checklistSiteIds: [] },
    now,
  );
}

type PostureView = {
  sites: Prisma.SiteWhereInput;
  seesChecklist: (siteId: string) => boolean;
  seesAnyChecklist: boolean;
  /** The sites whose checklist progress is counted; null for every site. */
  checklistSiteIds: string[] | null;
};

async function postureFor(view: PostureView, now: Date, onlySiteId?: string): Promise<Posture> {
  const { seesChecklist } = view;
  const [threats, force, sites, progress] = await Promise.all([
    readThreats(db),
    readForceLevel(db),
    db.site.findMany({
      where: { AND: [view.sites, onlySiteId ? { id: onlySiteId } : {}] },
      orderBy: [{ district: "asc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        name: true,
        type: true,
        district: true,
        level: { select: { ...SITE_LEVEL_SELECT, overrideReason: true } },
      },
    }),
    view.seesAnyChecklist
      ? checklistProgressBySite(seesChecklist, now, onlySiteId ? [onlySiteId] : view.checklistSiteIds)
      : new Map<string, Progress>(),
  ]);
  return {
    threats,
    isBelowSuggestion: threats.suggestion !== null && isBelowSuggestion(force.level, threatLevels(threats)),
    force,
    sites: sites.map((site) => {
      const current = currentSiteLevel(force, site.level, now);
      // An override's reason is for those who run the site's checklist, not for all its staff.
      const reason = seesChecklist(site.id) ? (site.level?.overrideReason ?? "") : null;
      const override = current.activeOverride && { ...current.activeOverride, reason };
      const checklist = seesChecklist(site.id) ? (progress.get(site.id) ?? NO_CHECKLIST) : undefined;
      return {
        id: site.id,
        code: site.code,
        name: site.name,
        type: site.type,
        district: site.district,
        effectiveLevel: current.level,
        since: current.since,
        version: site.level?.version ?? 0,
        override,
        ...(checklist && { checklist }),
      };
    }),
  };
}

function threatLevels(threats: Threats) {
  return [threats.national?.level, threats.policeSector?.level].filter((level) => level !== undefined);
}

const NO_CHECKLIST: Progress = { total: 0, considered: 0, overdue: 0 };

/**
 * Progress of each open checklist in one grouped query, counted only for the sites asked for
 * (null: every site, for the overview); only the sites the caller may see are kept.
 */
async function checklistProgressBySite(
  maySee: (siteId: string) => boolean,
  now: Date,
  siteIds: string[] | null,
): Promise<Map<string, Progress>> {
  const rows = await db.$queryRaw<{ siteId: string; total: bigint; considered: bigint; overdue: bigint }[]>`
    SELECT a."siteId" AS "siteId", count(*) AS total,
      count(*) FILTER (WHERE i."status" <> 'PENDING') AS considered,
      count(*) FILTER (WHERE ${OVERDUE_SQL} AND i."dueAt" < ${now}) AS overdue
    FROM "Activation" a JOIN "ChecklistItem" i ON i."activationId" = a."id"
      JOIN "PolicyOption" o ON o."id" = i."optionId"
    WHERE a."closedAt" IS NULL AND (${siteIds}::uuid[] IS NULL OR a."siteId" = ANY(${siteIds}::uuid[]))
    GROUP BY a."siteId"`;
  return new Map(
    rows
      .filter((row) => maySee(row.siteId))
      .map((row) => [
        row.siteId,
        { total: Number(row.total), considered: Number(row.considered), overdue: Number(row.overdue) },
      ]),
  );
}
