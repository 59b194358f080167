import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorPayload, actorRecord, type LevelActor } from "@/lib/levels/level-actor";
import { AppError } from "@/lib/errors";
import { applyEffectiveLevels } from "@/lib/levels/apply-effective-levels";
import { LONG_TRANSACTION, lockForceLevel, StaleVersionError } from "@/lib/levels/level-state";
import type { ResponseLevel } from "@/lib/levels/response-levels";
import { reviewByProblem } from "@/lib/levels/review-by";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";

/**
 * Moves the whole force to a new level: every site without a higher override follows. Above
 * NORMAL the change carries its review-by time; the level never drops by itself when it comes.
 */
export async function setForceLevel(
  actor: LevelActor,
  change: { level: ResponseLevel; reason: string; reviewBy?: Date; expectedVersion: number },
  now: Date,
  review?: "CHANGE",
) {
  const problem = reviewByProblem(change.level, change.reviewBy, now);
  if (problem) throw new AppError("VALIDATION", problem, { reviewBy: [problem] });
  const reviewBy = change.level === "NORMAL" ? null : change.reviewBy!;
  await commitPostureChange(async (tx) => {
    const current = await lockForceLevel(tx, "update");
    if (current.version !== change.expectedVersion) throw new StaleVersionError();
    if (current.level === change.level) {
      throw new AppError("VALIDATION", "The force is already at that level.", {
        level: [`The force is already at ${current.level}`],
      });
    }
    await tx.forceLevel.update({
      where: { id: 1 },
      data: {
        level: change.level,
        since: now,
        reason: change.reason,
        reviewBy,
        version: { increment: 1 },
        changedById: actor.userId,
      },
    });
    const applied = await applyEffectiveLevels(tx, change.level, now);
    await tx.levelChange.create({
      data: {
        scope: "FORCE",
        kind: "FORCE_SET",
        fromLevel: current.level,
        toLevel: change.level,
        reason: change.reason,
        expiresAt: reviewBy,
        ...actorRecord(actor),
        occurredAt: now,
      },
    });
    await recordAuditEvent(tx, {
      type: "level.forceChanged",
      actorId: actor.userId,
      entityType: "ForceLevel",
      entityId: "1",
      payload: {
        ...actorPayload(actor),
        from: current.level,
        to: change.level,
        reason: change.reason,
        sitesMoved: applied.moves.length,
        itemsOpened: applied.itemsOpened,
        reviewBy: reviewBy?.toISOString() ?? null,
        ...(review && { review }),
      },
    });
    await recordPostureEvent(tx, "force");
  }, LONG_TRANSACTION);
}
