import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorPayload, actorRecord, type LevelActor } from "@/lib/levels/level-actor";
import { AppError } from "@/lib/errors";
import { applyEffectiveLevels } from "@/lib/levels/apply-effective-levels";
import { LONG_TRANSACTION, lockForceLevel, StaleVersionError } from "@/lib/levels/level-state";
import { compareResponseLevels, type ResponseLevel } from "@/lib/levels/response-levels";
import { MAX_OVERRIDE_DAYS } from "@/lib/levels/schemas";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";
import { DAY } from "@/lib/time";

type OverrideChange = {
  siteId: string;
  level: ResponseLevel;
  reason: string;
  expiresAt?: Date;
  expectedVersion: number;
};

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/**
 * Raises one site above the force level until `expiresAt`, or, at the force level, ends its
 * override early. Overrides only raise: a level below the force level is refused.
 */
export async function setSiteOverride(actor: LevelActor, change: OverrideChange, now: Date) {
  await commitPostureChange(async (tx) => {
    const force = await lockForceLevel(tx, "share");
    const [site] = await tx.$queryRaw<
      { version: number; effectiveLevel: ResponseLevel; overrideLevel: ResponseLevel | null; closedAt: Date | null }[]
    >`
      SELECT sl."version", sl."effectiveLevel"::text AS "effectiveLevel", sl."overrideLevel"::text AS "overrideLevel",
             s."closedAt"
      FROM "SiteLevel" sl JOIN "Site" s ON s."id" = sl."siteId" WHERE sl."siteId" = ${change.siteId}::uuid FOR UPDATE OF sl`;
    if (!site) throw new AppError("NOT_FOUND", "That site does not exist.");
    if (site.closedAt) throw new AppError("CONFLICT", "That site is closed: its level no longer changes.");
    if (site.version !== change.expectedVersion) throw new StaleVersionError();
    const raise = compareResponseLevels(change.level, force.level);
    if (raise < 0) throw invalid("level", `An override only raises a site above the force level (${force.level}).`);
    const isEnding = raise === 0;
    if (isEnding && !site.overrideLevel)
      throw invalid("level", `The site is already at the force level (${force.level}).`);
    if (!isEnding) validateExpiry(change.expiresAt, now);

    await tx.siteLevel.update({
      where: { siteId: change.siteId },
      data: isEnding
        ? { overrideLevel: null, overrideReason: null, overrideExpiresAt: null, version: { increment: 1 } }
        : {
            overrideLevel: change.level,
            overrideReason: change.reason,
            overrideExpiresAt: change.expiresAt,
            version: { increment: 1 },
          },
    });
    const applied = await applyEffectiveLevels(tx, force.level, now, change.siteId);
    const to = applied.moves[0]?.to ?? site.effectiveLevel;
    await tx.levelChange.create({
      data: {
        scope: "SITE",
        kind: isEnding ? "OVERRIDE_ENDED" : "OVERRIDE_SET",
        siteId: change.siteId,
        fromLevel: site.effectiveLevel,
        toLevel: to,
        reason: change.reason,
        expiresAt: isEnding ? null : change.expiresAt,
        ...actorRecord(actor),
        occurredAt: now,
      },
    });
    await recordAuditEvent(tx, {
      type: isEnding ? "level.overrideEnded" : "level.overrideSet",
      actorId: actor.userId,
      entityType: "Site",
      entityId: change.siteId,
      payload: {
        ...actorPayload(actor),
        from: site.effectiveLevel,
        to,
        reason: change.reason,
        expiresAt: isEnding ? null : change.expiresAt!.toISOString(),
        itemsOpened: applied.itemsOpened,
      },
    });
    await recordPostureEvent(tx, "site", change.siteId);
  }, LONG_TRANSACTION);
}

/** An override's expiry, checked the same way when it is previewed and when it is set. */
export function validateExpiry(expiresAt: Date | undefined, now: Date) {
  if (!expiresAt) throw invalid("expiresAt", "Give the time the override expires or must be reviewed");
  if (expiresAt.getTime() <= now.getTime()) throw invalid("expiresAt", "The expiry must be in the future");
  if (expiresAt.getTime() > now.getTime() + MAX_OVERRIDE_DAYS * DAY) {
    throw invalid("expiresAt", `An override may run for at most ${MAX_OVERRIDE_DAYS} days before it is reviewed`);
  }
}
