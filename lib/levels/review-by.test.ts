import { describe, expect, it } from "vitest";
import { isReviewOverdue, reviewByProblem, reviewLimits } from "@/lib/levels/review-by";
import { DAY, HOUR } from "@/lib/time";

const now = new Date("2026-11-24T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("review-by times on a force raise", () => {
  it("are required above NORMAL and meaningless at NORMAL", () => {
    expect(reviewByProblem("NORMAL", undefined, now)).toBeNull();
    expect(reviewByProblem("HEIGHTENED", undefined, now)).toMatch(/review HEIGHTENED/);
  });

  it("must be in the future", () => {
    expect(reviewByProblem("HEIGHTENED", now, now)).toMatch(/future/);
  });

  it("allow HEIGHTENED up to 90 days and EXCEPTIONAL up to 7, by default", () => {
    expect(reviewByProblem("HEIGHTENED", later(90 * DAY), now)).toBeNull();
    expect(reviewByProblem("HEIGHTENED", later(90 * DAY + HOUR), now)).toMatch(/within 90 days/);
    expect(reviewByProblem("EXCEPTIONAL", later(7 * DAY), now)).toBeNull();
    expect(reviewByProblem("EXCEPTIONAL", later(8 * DAY), now)).toMatch(/within 7 days/);
  });

  it("take their limits from the environment", () => {
    const limits = reviewLimits({ LEVEL_REVIEW_MAX_DAYS_EXCEPTIONAL: "1", LEVEL_REVIEW_MAX_DAYS_HEIGHTENED: "30" });
    expect(limits).toEqual({ HEIGHTENED: 30, EXCEPTIONAL: 1 });
    expect(reviewByProblem("EXCEPTIONAL", later(2 * DAY), now, limits)).toMatch(/within 1 day$/);
  });

  it("fall overdue when the time comes, never at NORMAL", () => {
    expect(isReviewOverdue({ level: "HEIGHTENED", reviewBy: now }, now)).toBe(true);
    expect(isReviewOverdue({ level: "HEIGHTENED", reviewBy: later(HOUR) }, now)).toBe(false);
    expect(isReviewOverdue({ level: "NORMAL", reviewBy: null }, now)).toBe(false);
  });
});
