import { z } from "zod";

const schema = z.object({
  ALARM_UNIT_COST_PER_DAY: z.coerce.number().int().min(0).default(4),
  ALARM_REVIEW_DAYS: z.coerce.number().int().min(1).max(182).default(28),
  /** MoPI: years after a request finished before its record is reviewed (decision 014). */
  ALARM_RECORD_REVIEW_YEARS: z.coerce.number().int().min(1).max(100).default(6),
  /** A force that has decided to dispose without a person's review sets this (decision 014). */
  ALARM_AUTO_DISPOSE: z
    .enum(["true", "false", ""])
    .default("false")
    .transform((value) => value === "true"),
});

/** Policy S2100 figures, overridable by the environment (README, decisions 009 and 014). */
export type AlarmConfig = z.infer<typeof schema> & { minPeriodDays: number; maxPeriodDays: number };

export const MIN_PERIOD_DAYS = 7;
export const MAX_PERIOD_DAYS = 182;
/** A fit the control room has not confirmed within this long is flagged to installers and the control room. */
export const UNCONFIRMED_FIT_HOURS = 24;

export function alarmConfig(source: Record<string, string | undefined> = process.env): AlarmConfig {
  return { ...schema.parse(source), minPeriodDays: MIN_PERIOD_DAYS, maxPeriodDays: MAX_PERIOD_DAYS };
}

export function estimatedCost(periodDays: number, config = alarmConfig()): number {
  return periodDays * config.ALARM_UNIT_COST_PER_DAY;
}

/** When a request that finished now is first reviewed under MoPI. */
export function recordReviewDue(finishedAt: Date, config = alarmConfig()): Date {
  const due = new Date(finishedAt);
  due.setUTCFullYear(due.getUTCFullYear() + config.ALARM_RECORD_REVIEW_YEARS);
  return due;
}
