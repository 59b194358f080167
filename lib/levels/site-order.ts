// The overview's order of sites. The estate is read whole (it is the live posture, cached and
// pushed to every commander), so it is sorted here rather than in a query.
import { compareResponseLevels, type ResponseLevel } from "@/lib/levels/response-levels";
import { sortWith, type Sort } from "@/lib/sorting";

export const SITE_SORT_KEYS = ["site", "district", "level", "checklist", "overdue"] as const;
export type SiteSortKey = (typeof SITE_SORT_KEYS)[number];
export const SITE_DEFAULT_SORT: Sort<SiteSortKey> = { key: "district", direction: "asc" };

type Sortable = {
  code: string;
  district: string;
  effectiveLevel: ResponseLevel;
  checklist?: { total: number; considered: number; overdue: number };
};

/** Share of a checklist decided; a site with no checklist counts as done. */
const doneShare = (site: Sortable) =>
  site.checklist && site.checklist.total > 0 ? site.checklist.considered / site.checklist.total : 1;

const COMPARE: Record<SiteSortKey, (a: Sortable, b: Sortable) => number> = {
  site: (a, b) => a.code.localeCompare(b.code),
  district: (a, b) => a.district.localeCompare(b.district),
  level: (a, b) => compareResponseLevels(a.effectiveLevel, b.effectiveLevel),
  checklist: (a, b) => doneShare(a) - doneShare(b),
  overdue: (a, b) => (a.checklist?.overdue ?? 0) - (b.checklist?.overdue ?? 0),
};

/** Sorted by the column, then by site code, so equal rows keep one order. */
export function sortSites<T extends Sortable>(sites: readonly T[], sort: Sort<SiteSortKey>): T[] {
  return sortWith<T, SiteSortKey>(sites, COMPARE, sort, COMPARE.site);
}
