import { z } from "zod";
import type { ResponseLevel } from "@/lib/levels/response-levels";
import { DAY } from "@/lib/time";

const schema = z.object({
  LEVEL_REVIEW_MAX_DAYS_HEIGHTENED: z.coerce.number().int().min(1).max(366).default(90),
  LEVEL_REVIEW_MAX_DAYS_EXCEPTIONAL: z.coerce.number().int().min(1).max(366).default(7),
});

/** How far ahead a force raise may set its review: HEIGHTENED is sustainable for months, EXCEPTIONAL is not. */
export type ReviewLimits = Record<Exclude<ResponseLevel, "NORMAL">, number>;

export function reviewLimits(source: Record<string, string | undefined> = process.env): ReviewLimits {
  const config = schema.parse(source);
  return {
    HEIGHTENED: config.LEVEL_REVIEW_MAX_DAYS_HEIGHTENED,
    EXCEPTIONAL: config.LEVEL_REVIEW_MAX_DAYS_EXCEPTIONAL,
  };
}

/**
 * What is wrong with a force raise's review-by time, or null. NORMAL has none; above it one is
 * required, in the future, and no further ahead than the level's limit.
 */
export function reviewByProblem(
  level: ResponseLevel,
  reviewBy: Date | undefined,
  now: Date,
  limits: ReviewLimits = reviewLimits(),
): string | null {
  if (level === "NORMAL") return null;
  if (!reviewBy) return `Give the time by which a commander must review ${level}`;
  if (reviewBy.getTime() <= now.getTime()) return "The review-by time must be in the future";
  const days = limits[level];
  if (reviewBy.getTime() > now.getTime() + days * DAY)
    return `${level} must be reviewed within ${days} day${days === 1 ? "" : "s"}`;
  return null;
}

/** Whether the force's review-by time has passed: the overview says so, and commanders are reminded. */
export const isReviewOverdue = (force: { level: ResponseLevel; reviewBy: Date | null }, now: Date) =>
  force.level !== "NORMAL" && force.reviewBy !== null && force.reviewBy.getTime() <= now.getTime();
