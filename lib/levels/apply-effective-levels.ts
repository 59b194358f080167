import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DUE_WITHIN_HOURS } from "@/lib/levels/checklist-rules";
import { compareResponseLevels, type ResponseLevel } from "@/lib/levels/response-levels";
import { queuePostureChange } from "@/lib/notify/queue-notification";
import { openDebriefs } from "@/lib/levels/debriefs";
import { POLICY_REFERENCE } from "@/lib/policy/policy-reference";

export type EffectiveMove = { siteId: string; from: ResponseLevel; to: ResponseLevel; version: number };
export type AppliedLevels = { moves: EffectiveMove[]; itemsOpened: number };

/**
 * Brings every site's (or one site's) effective level in line with the force level and its
 * override, inside the caller's transaction, and opens or stands down checklists to match:
 * - every site keeps a checklist at NORMAL too: the baseline (decision 015);
 * - rising from NORMAL closes the baseline and opens a raised activation from the published Menu of
 *   Options, carrying over the decisions on the baseline's options;
 * - rising again adds the newly applicable items and keeps decisions already made;
 * - lowering closes the activation (its record is kept, with a debrief opened for it) and opens a
 *   new one at the lower level that carries over the decisions on the options that still apply.
 * Each move also ends the site's period at its old level and starts one at the new. Closed sites stay as they were left.
 * Set-based SQL: a force-wide change is a handful of statements whatever the size of the estate.
 */
export async function applyEffectiveLevels(
  tx: Tx,
  forceLevel: ResponseLevel,
  now: Date,
  siteId: string | null = null,
): Promise<AppliedLevels> {
  const moves = await tx.$queryRaw<EffectiveMove[]>`
    WITH computed AS (
      SELECT sl."siteId", sl."effectiveLevel" AS old_level,
        CASE WHEN sl."overrideLevel" IS NOT NULL AND sl."overrideExpiresAt" > ${now}
          THEN GREATEST(sl."overrideLevel", ${forceLevel}::"ResponseLevel")
          ELSE ${forceLevel}::"ResponseLevel" END AS new_level
      FROM "SiteLevel" sl JOIN "Site" st ON st."id" = sl."siteId" AND st."closedAt" IS NULL
      WHERE ${siteId}::uuid IS NULL OR sl."siteId" = ${siteId}::uuid
    )
    UPDATE "SiteLevel" s SET "effectiveLevel" = c.new_level, "effectiveSince" = ${now}, "version" = s."version" + 1
    FROM computed c
    WHERE s."siteId" = c."siteId" AND c.new_level <> c.old_level
    RETURNING s."siteId" AS "siteId", c.old_level::text AS "from", c.new_level::text AS "to", s."version" AS "version"`;
  if (moves.length === 0) return { moves, itemsOpened: 0 };
  await recordLevelPeriods(tx, moves, now);

  const isLowering = (move: EffectiveMove) => compareResponseLevels(move.to, move.from) < 0;
  const risingAgain = moves.filter((move) => move.from !== "NORMAL" && !isLowering(move));
  const replacing = moves.filter((move) => move.from === "NORMAL" || isLowering(move));

  const closed = replacing.length
    ? await tx.$queryRaw<{ id: string; siteId: string; level: ResponseLevel }[]>`
        UPDATE "Activation" SET "closedAt" = ${now}
        WHERE "closedAt" IS NULL AND "siteId" = ANY(${replacing.map((move) => move.siteId)}::uuid[])
        RETURNING "id", "siteId", "level"::text AS "level"`
    : [];
  const stoodDown = closed.filter((activation) => activation.level !== "NORMAL").map((activation) => activation.id);
  if (stoodDown.length) await openDebriefs(tx, stoodDown, now);

  if (risingAgain.length) {
    await tx.$executeRaw`
      UPDATE "Activation" a SET "level" = m.level::"ResponseLevel"
      FROM unnest(${risingAgain.map((move) => move.siteId)}::uuid[], ${risingAgain.map((move) => move.to)}::text[]) AS m(site_id, level)
      WHERE a."siteId" = m.site_id AND a."closedAt" IS NULL`;
  }

  const opened = replacing.length ? await openActivations(tx, replacing, now) : [];
  const activationIds = [...opened.map((row) => row.id), ...(await openActivationIdsOf(tx, risingAgain))];
  const itemsOpened = activationIds.length ? await openChecklistItems(tx, activationIds, closed, now) : 0;
  // Told to staff and other systems by the outbox: committed with the change, or not at all.
  await queuePostureChange(tx, { moves, forceWide: siteId === null, at: now });
  return { moves, itemsOpened };
}

/** Ends each moved site's period at its old level and starts one at its new level. */
async function recordLevelPeriods(tx: Tx, moves: EffectiveMove[], now: Date) {
  const siteIds = moves.map((move) => move.siteId);
  await tx.$executeRaw`
    UPDATE "SiteLevelPeriod" SET "endedAt" = ${now}
    WHERE "endedAt" IS NULL AND "siteId" = ANY(${siteIds}::uuid[])`;
  await tx.$executeRaw`
    INSERT INTO "SiteLevelPeriod" ("id", "siteId", "level", "startedAt")
    SELECT gen_random_uuid(), m.site_id, m.level::"ResponseLevel", ${now}
    FROM unnest(${siteIds}::uuid[], ${moves.map((move) => move.to)}::text[]) AS m(site_id, level)`;
}

async function openActivations(tx: Tx, opening: { siteId: string; to: ResponseLevel }[], now: Date) {
  const menuId = await publishedMenuId(tx);
  if (!menuId) {
    // A baseline waits for the first Menu of Options; a raise cannot.
    if (opening.every((move) => move.to === "NORMAL")) return [];
    throw new AppError("CONFLICT", "No Menu of Options has been published: an administrator must publish one first.");
  }
  return tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Activation" ("id", "siteId", "policyVersionId", "level", "openedAt")
    SELECT gen_random_uuid(), m.site_id, ${menuId}::uuid, m.level::"ResponseLevel", ${now}
    FROM unnest(${opening.map((move) => move.siteId)}::uuid[], ${opening.map((move) => move.to)}::text[]) AS m(site_id, level)
    RETURNING "id"`;
}

async function publishedMenuId(tx: Tx): Promise<string | null> {
  const published = await tx.policyVersion.findFirst({
    where: { reference: POLICY_REFERENCE, status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  return published?.id ?? null;
}

/**
 * Puts every site at NORMAL on the published Menu of Options' baseline: a site without a checklist
 * (new, or from before the first publication) gets one, and a baseline from an earlier version is
 * closed and opened again from the new one, its decisions carried over. Raised checklists keep the
 * version they opened with.
 */
export async function renewBaselines(tx: Tx, now: Date): Promise<number> {
  const menuId = await publishedMenuId(tx);
  if (!menuId) return 0;
  const closed = await tx.$queryRaw<{ id: string; siteId: string }[]>`
    UPDATE "Activation" a SET "closedAt" = ${now}
    FROM "SiteLevel" sl
    WHERE sl."siteId" = a."siteId" AND sl."effectiveLevel" = 'NORMAL'
      AND a."closedAt" IS NULL AND a."level" = 'NORMAL' AND a."policyVersionId" <> ${menuId}::uuid
    RETURNING a."id", a."siteId"`;
  const opened = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Activation" ("id", "siteId", "policyVersionId", "level", "openedAt")
    SELECT gen_random_uuid(), sl."siteId", ${menuId}::uuid, 'NORMAL', ${now}
    FROM "SiteLevel" sl JOIN "Site" st ON st."id" = sl."siteId" AND st."closedAt" IS NULL
    WHERE sl."effectiveLevel" = 'NORMAL'
      AND NOT EXISTS (SELECT 1 FROM "Activation" a WHERE a."siteId" = sl."siteId" AND a."closedAt" IS NULL)
    RETURNING "id"`;
  if (opened.length === 0) return 0;
  await openChecklistItems(
    tx,
    opened.map((row) => row.id),
    closed,
    now,
  );
  return opened.length;
}

async function openActivationIdsOf(tx: Tx, moves: EffectiveMove[]): Promise<string[]> {
  if (moves.length === 0) return [];
  const rows = await tx.activation.findMany({
    where: { siteId: { in: moves.map((move) => move.siteId) }, closedAt: null },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Inserts the applicable options as items; an option already on the checklist is left as decided. */
async function openChecklistItems(
  tx: Tx,
  activationIds: string[],
  closed: readonly { id: string; siteId: string }[],
  now: Date,
) {
  return tx.$executeRaw`
    INSERT INTO "ChecklistItem"
      ("id", "activationId", "optionId", "level", "status", "rationale", "assigneeId", "dueAt", "updatedById", "updatedAt", "implementedAt")
    SELECT gen_random_uuid(), a."id", o."id", o."minLevel",
      coalesce(prev."status", 'PENDING'), prev."rationale", prev."assigneeId",
      coalesce(prev."dueAt", ${now}::timestamptz + make_interval(hours => CASE a."level"
        WHEN 'EXCEPTIONAL' THEN ${DUE_WITHIN_HOURS.EXCEPTIONAL}::int
        WHEN 'HEIGHTENED' THEN ${DUE_WITHIN_HOURS.HEIGHTENED}::int
        ELSE ${DUE_WITHIN_HOURS.NORMAL}::int END)),
      prev."updatedById", coalesce(prev."updatedAt", ${now}), prev."implementedAt"
    FROM "Activation" a
    JOIN "Site" s ON s."id" = a."siteId"
    JOIN "PolicyOption" o ON o."policyVersionId" = a."policyVersionId"
      AND s."type" = ANY(o."siteTypes") AND o."minLevel" <= a."level" AND o."visibility" <> 'PERSONAL'
    LEFT JOIN unnest(${closed.map((row) => row.siteId)}::uuid[], ${closed.map((row) => row.id)}::uuid[]) AS c(site_id, activation_id)
      ON c.site_id = a."siteId"
    LEFT JOIN LATERAL (
      SELECT pi.* FROM "ChecklistItem" pi JOIN "PolicyOption" po ON po."id" = pi."optionId"
      WHERE pi."activationId" = c.activation_id AND po."code" = o."code"
    ) prev ON true
    WHERE a."id" = ANY(${activationIds}::uuid[])
    ON CONFLICT ("activationId", "optionId") DO NOTHING`;
}
