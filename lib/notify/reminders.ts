import "server-only";
import { db } from "@/lib/db";
import type { ResponseLevel } from "@/lib/levels/response-levels";
import type { NotifyConfig } from "@/lib/notify/config";
import { isForceReviewStillNeeded } from "@/lib/notify/force-review-reminders";
import { escalationEmail, reminderEmail } from "@/lib/notify/messages";

const REMINDER_BATCH = 5_000;
const ESCALATION_SITES = 100;

/** A reminder or an escalation is sent once per person (or lead), site and posture version. */
export const reminderKey = (userId: string, siteId: string, version: number) =>
  `reminder:${userId}:${siteId}:${version}`;
export const escalationKey = (leadId: string, siteId: string, version: number) =>
  `escalation:${leadId}:${siteId}:${version}`;

type Outstanding = {
  userId: string;
  displayName: string;
  email: string | null;
  siteId: string;
  code: string;
  name: string;
  level: ResponseLevel;
  version: number;
};

/**
 * People with an email, of sites raised since before `before`, who have not acknowledged the
 * posture in force and have not been reminded of it: a sweep takes a batch, the next the rest.
 */
function dueForReminder(before: Date, batch: number) {
  return db.$queryRaw<Outstanding[]>`
    SELECT u."id" AS "userId", u."displayName", u."email", s."id" AS "siteId", s."code", s."name",
           sl."effectiveLevel"::text AS "level", sl."version"
    FROM "SiteLevel" sl
    JOIN "Site" s ON s."id" = sl."siteId" AND s."closedAt" IS NULL
    JOIN "User" u ON u."homeSiteId" = sl."siteId" AND u."active" AND u."email" IS NOT NULL
    WHERE sl."effectiveLevel" <> 'NORMAL' AND sl."effectiveSince" <= ${before}
      AND NOT EXISTS (SELECT 1 FROM "Acknowledgement" a
                      WHERE a."userId" = u."id" AND a."siteId" = sl."siteId" AND a."postureVersion" = sl."version")
      AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" m
                      WHERE m."dedupeKey" = 'reminder:' || u."id" || ':' || sl."siteId" || ':' || sl."version")
    ORDER BY s."code", u."displayName"
    LIMIT ${batch}`;
}

/** Raised sites, since before `before`, with someone outstanding and a lead not yet sent this posture's list. */
async function sitesDueForEscalation(before: Date, batch: number) {
  const rows = await db.$queryRaw<{ siteId: string }[]>`
    SELECT sl."siteId" FROM "SiteLevel" sl
    JOIN "Site" s ON s."id" = sl."siteId" AND s."closedAt" IS NULL
    WHERE sl."effectiveLevel" <> 'NORMAL' AND sl."effectiveSince" <= ${before}
      AND EXISTS (SELECT 1 FROM "User" u
                  WHERE u."homeSiteId" = sl."siteId" AND u."active"
                    AND NOT EXISTS (SELECT 1 FROM "Acknowledgement" a
                                    WHERE a."userId" = u."id" AND a."siteId" = sl."siteId"
                                      AND a."postureVersion" = sl."version"))
      AND EXISTS (SELECT 1 FROM "User" l
                  WHERE (l."homeSiteId" = sl."siteId"
                         OR EXISTS (SELECT 1 FROM "LeadSite" ls WHERE ls."userId" = l."id" AND ls."siteId" = sl."siteId"))
                    AND l."active" AND l."email" IS NOT NULL AND 'SITE_LEAD' = ANY(l."roles")
                    AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" m
                                    WHERE m."dedupeKey" = 'escalation:' || l."id" || ':' || sl."siteId" || ':' || sl."version"))
    ORDER BY sl."siteId"
    LIMIT ${batch}`;
  return rows.map((row) => row.siteId);
}

/** Everyone of these sites still to acknowledge the posture in force, email or not. */
function outstandingAt(siteIds: string[]) {
  if (siteIds.length === 0) return Promise.resolve([] as Outstanding[]);
  return db.$queryRaw<Outstanding[]>`
    SELECT u."id" AS "userId", u."displayName", u."email", s."id" AS "siteId", s."code", s."name",
           sl."effectiveLevel"::text AS "level", sl."version"
    FROM "SiteLevel" sl
    JOIN "Site" s ON s."id" = sl."siteId"
    JOIN "User" u ON u."homeSiteId" = sl."siteId" AND u."active"
    WHERE sl."siteId" = ANY(${siteIds}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM "Acknowledgement" a
                      WHERE a."userId" = u."id" AND a."siteId" = sl."siteId" AND a."postureVersion" = sl."version")
    ORDER BY s."code", u."displayName"`;
}

/**
 * After a raise: one reminder to each person who has not acknowledged after the reminder time,
 * and at the escalation time the site's leads get the list of who is still outstanding. Queued
 * through the outbox with a key of person, site and posture version, so each is sent once;
 * a queued one that is no longer needed is cancelled at delivery (`isStillNeeded`).
 */
export async function queueAcknowledgementReminders(
  config: NotifyConfig,
  now = new Date(),
  { reminderBatch = REMINDER_BATCH, escalationSites = ESCALATION_SITES } = {},
) {
  if (!config.smtpUrl) return { reminders: 0, escalations: 0 };
  const toRemind = await dueForReminder(new Date(now.getTime() - config.reminderAfterMs), reminderBatch);
  const reminders = await db.outboxMessage.createMany({
    data: toRemind.map((person) => ({
      channel: "EMAIL" as const,
      recipient: person.email!,
      userId: person.userId,
      dedupeKey: reminderKey(person.userId, person.siteId, person.version),
      content: reminderEmail(person.displayName, person, config.appUrl),
    })),
    skipDuplicates: true,
  });

  const late = await outstandingAt(
    await sitesDueForEscalation(new Date(now.getTime() - config.escalateAfterMs), escalationSites),
  );
  const bySite = new Map<string, Outstanding[]>();
  for (const person of late) bySite.set(person.siteId, [...(bySite.get(person.siteId) ?? []), person]);
  const lateSiteIds = [...bySite.keys()];
  const leads = await db.user.findMany({
    where: {
      active: true,
      email: { not: null },
      roles: { has: "SITE_LEAD" },
      OR: [{ homeSiteId: { in: lateSiteIds } }, { leadSites: { some: { siteId: { in: lateSiteIds } } } }],
    },
    select: { id: true, email: true, homeSiteId: true, leadSites: { select: { siteId: true } } },
  });
  // A lead of several late sites gets each site's list.
  const escalationsDue = leads.flatMap((lead) =>
    [...new Set([lead.homeSiteId, ...lead.leadSites.map((led) => led.siteId)])]
      .filter((siteId) => siteId !== null && bySite.has(siteId))
      .map((siteId) => ({ lead, people: bySite.get(siteId!)! })),
  );
  const escalations = await db.outboxMessage.createMany({
    data: escalationsDue.map(({ lead, people }) => {
      const site = people[0];
      return {
        channel: "EMAIL" as const,
        recipient: lead.email!,
        userId: lead.id,
        dedupeKey: escalationKey(lead.id, site.siteId, site.version),
        content: escalationEmail(
          site,
          people.map((person) => person.displayName),
          config.appUrl,
        ),
      };
    }),
    skipDuplicates: true,
  });
  return { reminders: reminders.count, escalations: escalations.count };
}

/** A reminder waiting to go is dropped once the person has acknowledged or the posture has moved on. */
export async function isStillNeeded(dedupeKey: string | null): Promise<boolean> {
  const forceReview = await isForceReviewStillNeeded(dedupeKey ?? "");
  if (forceReview !== undefined) return forceReview;
  const match = /^reminder:([^:]+):([^:]+):(\d+)$/.exec(dedupeKey ?? "");
  const escalation = /^escalation:([^:]+):([^:]+):(\d+)$/.exec(dedupeKey ?? "");
  if (!match && !escalation) return true;
  const [, userId, siteId, version] = (match ?? escalation)!;
  const level = await db.siteLevel.findUnique({ where: { siteId }, select: { version: true } });
  if (level?.version !== Number(version)) return false;
  if (escalation) return true;
  const acknowledged = await db.acknowledgement.findUnique({
    where: { userId_siteId_postureVersion: { userId, siteId, postureVersion: Number(version) } },
    select: { id: true },
  });
  return !acknowledged;
}
