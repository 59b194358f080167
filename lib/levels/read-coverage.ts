import "server-only";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { AcknowledgementMethod } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { coverageScope, coverageSiteIds, requireCoverageAccess } from "@/lib/levels/access";
import type { ResponseLevel } from "@/lib/levels/response-levels";

export type SiteCoverage = {
  siteId: string;
  code: string;
  name: string;
  district: string;
  effectiveLevel: ResponseLevel;
  version: number;
  staff: number;
  acknowledged: number;
  outstanding: { userId: string; displayName: string }[];
};

/**
 * `GET /api/acknowledgements`: for each site and the posture version in force, how many of its
 * active people have acknowledged it and who has not. COMMANDERs see every open site, SITE_LEADs
 * the sites they lead. Two queries whatever the size of the force.
 */
export async function readAcknowledgementCoverage(user: CurrentUser): Promise<{ sites: SiteCoverage[] }> {
  requireCoverageAccess(user);
  const onlySites = can(user.roles, "coverage.view.all") ? null : coverageSiteIds(user);
  const [counts, outstanding] = await Promise.all([
    db.$queryRaw<Omit<SiteCoverage, "outstanding">[]>`
      SELECT s."id" AS "siteId", s."code", s."name", s."district", sl."effectiveLevel"::text AS "effectiveLevel",
             sl."version", count(u."id")::int AS "staff", count(a."id")::int AS "acknowledged"
      FROM "Site" s
      JOIN "SiteLevel" sl ON sl."siteId" = s."id"
      LEFT JOIN "User" u ON u."homeSiteId" = s."id" AND u."active"
      LEFT JOIN "Acknowledgement" a
        ON a."userId" = u."id" AND a."siteId" = s."id" AND a."postureVersion" = sl."version"
      WHERE s."closedAt" IS NULL AND (${onlySites}::uuid[] IS NULL OR s."id" = ANY(${onlySites}::uuid[]))
      GROUP BY s."id", sl."siteId"
      ORDER BY s."code"`,
    db.$queryRaw<{ siteId: string; userId: string; displayName: string }[]>`
      SELECT u."homeSiteId" AS "siteId", u."id" AS "userId", u."displayName"
      FROM "User" u JOIN "SiteLevel" sl ON sl."siteId" = u."homeSiteId"
        JOIN "Site" s ON s."id" = u."homeSiteId" AND s."closedAt" IS NULL
      WHERE u."active" AND (${onlySites}::uuid[] IS NULL OR u."homeSiteId" = ANY(${onlySites}::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM "Acknowledgement" a
                        WHERE a."userId" = u."id" AND a."siteId" = sl."siteId" AND a."postureVersion" = sl."version")
      ORDER BY u."displayName"`,
  ]);
  const bySite = new Map<string, SiteCoverage["outstanding"]>();
  for (const person of outstanding) {
    bySite.set(person.siteId, [
      ...(bySite.get(person.siteId) ?? []),
      { userId: person.userId, displayName: person.displayName },
    ]);
  }
  return { sites: counts.map((site) => ({ ...site, outstanding: bySite.get(site.siteId) ?? [] })) };
}

export type PersonCoverage = {
  userId: string;
  displayName: string;
  acknowledgedAt: Date | null;
  method: AcknowledgementMethod | null;
  recordedBy: string | null;
};

/** A site lead's people: acknowledged when and how, or still outstanding. */
export async function readSitePeopleCoverage(user: CurrentUser, siteId: string): Promise<PersonCoverage[]> {
  requireCoverageAccess(user);
  if (!coverageScope(user)(siteId)) throw new AppError("FORBIDDEN", "You see the people of your own site only.");
  const level = await db.siteLevel.findUnique({ where: { siteId }, select: { version: true } });
  if (!level) return [];
  const people = await db.user.findMany({
    where: { homeSiteId: siteId, active: true },
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      acknowledgements: {
        where: { siteId, postureVersion: level.version },
        select: { acknowledgedAt: true, method: true, recordedBy: { select: { displayName: true } } },
      },
    },
  });
  return people.map((person) => {
    const acknowledgement = person.acknowledgements[0];
    return {
      userId: person.id,
      displayName: person.displayName,
      acknowledgedAt: acknowledgement?.acknowledgedAt ?? null,
      method: acknowledgement?.method ?? null,
      recordedBy: acknowledgement?.recordedBy?.displayName ?? null,
    };
  });
}
