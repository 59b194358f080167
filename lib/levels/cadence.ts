import type { OptionCadence } from "@/lib/generated/prisma/enums";
import { optionsOf } from "@/lib/format";
import { HOUR } from "@/lib/time";

/** How long a confirmation of a recurring check holds: a shift, a day, a week. */
export const CADENCE_HOURS: Record<Exclude<OptionCadence, "ONCE">, number> = {
  EVERY_SHIFT: 8,
  DAILY: 24,
  WEEKLY: 7 * 24,
};

export const CADENCE_LABEL: Record<OptionCadence, string> = {
  ONCE: "Once",
  EVERY_SHIFT: "Every shift",
  DAILY: "Daily",
  WEEKLY: "Weekly",
};

export const CADENCE_OPTIONS = optionsOf(CADENCE_LABEL);

export const isRecurring = (cadence: OptionCadence | undefined) => cadence !== undefined && cadence !== "ONCE";

/** When a recurring check confirmed now is due again. */
export function nextDueAfter(cadence: Exclude<OptionCadence, "ONCE">, confirmedAt: Date): Date {
  return new Date(confirmedAt.getTime() + CADENCE_HOURS[cadence] * HOUR);
}
