import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DUE_WITHIN_HOURS } from "@/lib/levels/checklist-rules";
import { compareResponseLevels, type ResponseLevel } from "@/lib/levels/response-levels";
import { queuePostureChange } from "@/lib/notify/queue-notification";
import { POLICY_REFERENCE } from "@/lib/policy/policy-reference";

export type EffectiveMove = { siteId: string; from: ResponseLevel; to: ResponseLevel; version: number };
export type AppliedLevels = { moves: EffectiveMove[]; itemsOpened: number };

/**
 * Brings every site's (or one site's) effective level in line with the force level and its
 * override, inside the caller's transaction, and opens or stands down checklists to match:
 * - rising from NORMAL opens an activation from the published Menu of Options;
 * - rising again adds the newly applicable items and keeps decisions already made;
 * - lowering closes the activation (its record is kept); lowering to a level still above NORMAL
 *   opens a new one that carries over the decisions on the options that still apply.
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
      FROM "SiteLevel" sl
      WHERE ${siteId}::uuid IS NULL OR sl."siteId" = ${siteId}::uuid
    )
    UPDATE "SiteLevel" s SET "effectiveLevel" = c.new_level, "effectiveSince" = ${now}, "version" = s."version" + 1
    FROM computed c
    WHERE s."siteId" = c."siteId" AND c.new_level <> c.old_level
    RETURNING s."siteId" AS "siteId", c.old_level::text AS "from", c.new_level::text AS "to", s."version" AS "version"`;
  if (moves.length === 0) return { moves, itemsOpened: 0 };

  const isLowering = (move: EffectiveMove) => compareResponseLevels(move.to, move.from) < 0;
  const falling = moves.filter(isLowering);
  const risingAgain = moves.filter((move) => move.from !== "NORMAL" && !isLowering(move));
  const opening = moves.filter((move) => move.to !== "NORMAL" && (move.from === "NORMAL" || isLowering(move)));

  const closed = falling.length
    ? await tx.$queryRaw<{ id: string; siteId: string }[]>`
        UPDATE "Activation" SET "closedAt" = ${now}
        WHERE "closedAt" IS NULL AND "siteId" = ANY(${falling.map((move) => move.siteId)}::uuid[])
        RETURNING "id", "siteId"`
    : [];

  if (risingAgain.length) {
    await tx.$executeRaw`
      UPDATE "Activation" a SET "level" = m.level::"ResponseLevel"
      FROM unnest(${risingAgain.map((move) => move.siteId)}::uuid[], ${risingAgain.map((move) => move.to)}::text[]) AS m(site_id, level)
      WHERE a."siteId" = m.site_id AND a."closedAt" IS NULL`;
  }

  const opened = opening.length ? await openActivations(tx, opening, now) : [];
  const activationIds = [...opened.map((row) => row.id), ...(await openActivationIdsOf(tx, risingAgain))];
  const itemsOpened = activationIds.length ? await openChecklistItems(tx, activationIds, closed, now) : 0;
  // Told to staff and other systems by the outbox: committed with the change, or not at all.
  await queuePostureChange(tx, { moves, forceWide: siteId === null, at: now });
  return { moves, itemsOpened };
}

async function openActivations(tx: Tx, opening: EffectiveMove[], now: Date) {
  const published = await tx.policyVersion.findFirst({
    where: { reference: POLICY_REFERENCE, status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!published)
    throw new AppError("CONFLICT", "No Menu of Options has been published: an administrator must publish one first.");
  return tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Activation" ("id", "siteId", "policyVersionId", "level", "openedAt")
    SELECT gen_random_uuid(), m.site_id, ${published.id}::uuid, m.level::"ResponseLevel", ${now}
    FROM unnest(${opening.map((move) => move.siteId)}::uuid[], ${opening.map((move) => move.to)}::text[]) AS m(site_id, level)
    RETURNING "id"`;
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
  closed: { id: string; siteId: string }[],
  now: Date,
) {
  return tx.$executeRaw`
    INSERT INTO "ChecklistItem"
      ("id", "activationId", "optionId", "level", "status", "rationale", "assigneeId", "dueAt", "updatedById", "updatedAt")
    SELECT gen_random_uuid(), a."id", o."id", o."minLevel",
      coalesce(prev."status", 'PENDING'), prev."rationale", prev."assigneeId",
      coalesce(prev."dueAt", ${now}::timestamptz + make_interval(hours =>
        CASE WHEN a."level" = 'EXCEPTIONAL' THEN ${DUE_WITHIN_HOURS.EXCEPTIONAL}::int ELSE ${DUE_WITHIN_HOURS.HEIGHTENED}::int END)),
      prev."updatedById", coalesce(prev."updatedAt", ${now})
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
