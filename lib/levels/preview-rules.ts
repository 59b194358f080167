// Pure preview of a level change: which sites move, which items open, what it costs per day.
import { type ApplicableOption, optionApplies } from "@/lib/levels/checklist-rules";
import {
  effectiveResponseLevel,
  compareResponseLevels,
  type ResponseLevel,
  type SiteOverride,
} from "@/lib/levels/response-levels";

export type PreviewSite = {
  id: string;
  code: string;
  name: string;
  type: string;
  override: SiteOverride | null;
  effectiveLevel: ResponseLevel;
};
export type PreviewOption = ApplicableOption & {
  id: string;
  code: string;
  title: string;
  officerHoursPerDay: number;
  costPerDay: number;
};

export type SiteMove = { id: string; code: string; name: string; from: ResponseLevel; to: ResponseLevel };
export type OpeningOption = { code: string; title: string; siteCount: number };
export type LevelPreview = {
  moves: SiteMove[];
  opening: OpeningOption[];
  itemsOpening: number;
  officerHoursPerDay: number;
  costPerDay: number;
  isExceptional: boolean;
};

/**
 * What a change would do. `nextLevelOf` gives each site's new effective level; items open for sites
 * that rise, for options not already open at their current level; the resource implication is that
 * of every option in force at the new level across the sites that move.
 */
export function previewLevelChange(
  sites: readonly PreviewSite[],
  options: readonly PreviewOption[],
  nextLevelOf: (site: PreviewSite) => ResponseLevel,
): LevelPreview {
  const moves: SiteMove[] = [];
  const opening = new Map<string, OpeningOption>();
  let officerHoursPerDay = 0;
  let costPerDay = 0;
  let isExceptional = false;
  for (const site of sites) {
    const to = nextLevelOf(site);
    const from = site.effectiveLevel;
    if (to === from) continue;
    moves.push({ id: site.id, code: site.code, name: site.name, from, to });
    isExceptional ||= to === "EXCEPTIONAL";
    for (const option of options) {
      if (!optionApplies(option, site.type, to)) continue;
      officerHoursPerDay += option.officerHoursPerDay;
      costPerDay += option.costPerDay;
      if (compareResponseLevels(to, from) > 0 && !optionApplies(option, site.type, from)) {
        const entry = opening.get(option.code) ?? { code: option.code, title: option.title, siteCount: 0 };
        entry.siteCount += 1;
        opening.set(option.code, entry);
      }
    }
  }
  const openingList = [...opening.values()].sort((a, b) => a.code.localeCompare(b.code));
  return {
    moves,
    opening: openingList,
    itemsOpening: openingList.reduce((sum, option) => sum + option.siteCount, 0),
    officerHoursPerDay: Math.round(officerHoursPerDay * 10) / 10,
    costPerDay,
    isExceptional,
  };
}

export function forceChangeTarget(newForceLevel: ResponseLevel, now: Date) {
  return (site: PreviewSite) => effectiveResponseLevel(newForceLevel, site.override, now);
}
