// Pure rules for checklists: which options apply, when items fall due, what counts as done.
import { ChecklistStatus } from "@/lib/generated/prisma/enums";
import { isRecurring } from "@/lib/levels/cadence";
import { compareResponseLevels, type ResponseLevel } from "@/lib/levels/response-levels";

export { ChecklistStatus };
export const CHECKLIST_STATUSES = Object.values(ChecklistStatus);

export type ApplicableOption = { minLevel: ResponseLevel; siteTypes: readonly string[]; visibility?: string };

/**
 * An option applies to a site at a level when the level reaches its lowest level (NORMAL: the
 * baseline every site keeps) and it fits the site type. Personal-security advice is never a checklist item: it follows the police-sector threat.
 */
export function optionApplies(option: ApplicableOption, siteType: string, level: ResponseLevel): boolean {
  return (
    option.visibility !== "PERSONAL" &&
    compareResponseLevels(level, option.minLevel) >= 0 &&
    option.siteTypes.includes(siteType)
  );
}

/** Hours from opening until an item is due (applied in SQL): a baseline gets a week; EXCEPTIONAL cannot wait a working day. */
export const DUE_WITHIN_HOURS: Record<ResponseLevel, number> = { NORMAL: 7 * 24, HEIGHTENED: 24, EXCEPTIONAL: 4 };

/**
 * Overdue: not yet decided by its due time, or — for a recurring check — not confirmed again by
 * the time its last confirmation ran out.
 */
export function isItemOverdue(item: { status: ChecklistStatus; dueAt: Date; cadence?: string }, now: Date): boolean {
  const awaited = item.status === "PENDING" || (item.status === "IMPLEMENTED" && isRecurring(item.cadence as never));
  return awaited && item.dueAt.getTime() < now.getTime();
}

export type Progress = { total: number; considered: number; overdue: number };
