import type { OptionVisibility, ThreatLevel } from "@/lib/generated/prisma/enums";
import { optionsOf } from "@/lib/format";

/** Who each option is for, in words. */
export const AUDIENCE_LABEL: Record<OptionVisibility, string> = {
  ALL_STAFF: "All staff",
  SITE_LEADS: "Site leads",
  RESTRICTED: "Restricted",
  PERSONAL: "Personal security advice",
};

export const AUDIENCE_OPTIONS = optionsOf(AUDIENCE_LABEL);

/** Personal-security advice is given to staff, never worked as a checklist item. */
export const isChecklistOption = (visibility: OptionVisibility) => visibility !== "PERSONAL";

const THREAT_ORDER: ThreatLevel[] = ["LOW", "MODERATE", "SUBSTANTIAL", "SEVERE", "CRITICAL"];
const rank = (level: ThreatLevel) => THREAT_ORDER.indexOf(level);

/**
 * Staff get personal-security advice when the police-sector threat is recorded above the national
 * one, or at SEVERE or above: the threat to police officers and staff themselves, off duty too.
 */
export function personalSecurityApplies(threats: {
  national: { level: ThreatLevel } | null;
  policeSector: { level: ThreatLevel } | null;
}): boolean {
  const sector = threats.policeSector?.level;
  if (!sector) return false;
  if (rank(sector) >= rank("SEVERE")) return true;
  return threats.national !== null && rank(sector) > rank(threats.national.level);
}
