import { z } from "zod";

const schema = z.object({
  ALARM_UNIT_COST_PER_DAY: z.coerce.number().int().min(0).default(4),
  ALARM_REVIEW_DAYS: z.coerce.number().int().min(1).max(182).default(28),
  ALARM_RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
});

/** Policy S2100 figures, overridable by the environment (README, decision 009). */
export type AlarmConfig = z.infer<typeof schema> & { minPeriodDays: number; maxPeriodDays: number };

export const MIN_PERIOD_DAYS = 7;
export const MAX_PERIOD_DAYS = 182;

export function alarmConfig(source: Record<string, string | undefined> = process.env): AlarmConfig {
  return { ...schema.parse(source), minPeriodDays: MIN_PERIOD_DAYS, maxPeriodDays: MAX_PERIOD_DAYS };
}

export function estimatedCost(periodDays: number, config = alarmConfig()): number {
  return periodDays * config.ALARM_UNIT_COST_PER_DAY;
}
