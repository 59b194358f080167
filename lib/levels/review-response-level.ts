import "server-only";
import { personActor } from "@/lib/levels/level-actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { lockForceLevel, STALE_MESSAGE, StaleVersionError } from "@/lib/levels/level-state";
import { readPosture } from "@/lib/levels/read-posture";
import { reviewByProblem } from "@/lib/levels/review-by";
import { reviewLevelSchema } from "@/lib/levels/schemas";
import { setForceLevel } from "@/lib/levels/set-force-level";
import { setSiteOverride, validateExpiry } from "@/lib/levels/set-site-override";

type Review = ReturnType<typeof reviewLevelSchema.parse>;

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/**
 * `POST /api/levels/review`: a commander reviews a level in force. MAINTAIN keeps it until a new
 * review-by time; CHANGE moves it, with the same rules as any change. Either way with a reason,
 * in the level's history and the audit trail.
 */
export async function reviewResponseLevel(user: CurrentUser, input: unknown, now = new Date()) {
  requirePermission(user, "level.set");
  const review = parseInput(reviewLevelSchema, input);
  try {
    if (review.scope === "FORCE") await reviewForce(user, review, now);
    else await reviewSite(user, review, now);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    throw new AppError("CONFLICT", STALE_MESSAGE, undefined, { current: await readPosture(user, now) });
  }
  return readPosture(user, now);
}

async function reviewForce(user: CurrentUser, review: Review, now: Date) {
  const { reason, reviewBy, expectedVersion } = review;
  if (review.decision === "CHANGE")
    return setForceLevel(personActor(user), { level: review.level!, reason, reviewBy, expectedVersion }, now, "CHANGE");
  await db.$transaction(async (tx) => {
    const force = await lockForceLevel(tx, "update");
    if (force.version !== expectedVersion) throw new StaleVersionError();
    if (force.level === "NORMAL") throw new AppError("CONFLICT", "The force is at NORMAL: there is nothing to review.");
    const problem = reviewByProblem(force.level, reviewBy, now);
    if (problem) throw invalid("reviewBy", problem);
    await tx.forceLevel.update({ where: { id: 1 }, data: { reviewBy, version: { increment: 1 } } });
    await tx.levelChange.create({
      data: {
        scope: "FORCE",
        kind: "REVIEW_MAINTAINED",
        fromLevel: force.level,
        toLevel: force.level,
        reason,
        expiresAt: reviewBy,
        actorId: user.id,
        occurredAt: now,
      },
    });
    await recordAuditEvent(tx, {
      type: "level.reviewMaintained",
      actorId: user.id,
      entityType: "ForceLevel",
      entityId: "1",
      payload: { scope: "FORCE", level: force.level, reason, reviewBy: reviewBy!.toISOString() },
    });
  });
}

/** A site override is reviewed by renewing it (a new expiry) or changing it: the override rules apply. */
async function reviewSite(user: CurrentUser, review: Review, now: Date) {
  const site = await db.siteLevel.findUnique({
    where: { siteId: review.siteId! },
    select: { overrideLevel: true },
  });
  if (!site) throw new AppError("NOT_FOUND", "That site does not exist.");
  if (review.decision === "MAINTAIN") {
    if (!site.overrideLevel) throw new AppError("CONFLICT", "The site has no override to review.");
    try {
      validateExpiry(review.reviewBy, now);
    } catch (error) {
      if (error instanceof AppError) throw invalid("reviewBy", error.message);
      throw error;
    }
  }
  await setSiteOverride(
    personActor(user),
    {
      siteId: review.siteId!,
      level: review.decision === "MAINTAIN" ? site.overrideLevel! : review.level!,
      reason: review.reason,
      expiresAt: review.reviewBy,
      expectedVersion: review.expectedVersion,
    },
    now,
  );
}
