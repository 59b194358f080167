// Pure rules of policy O27: threat levels are inputs, response levels are decisions.

import { ResponseLevel, ThreatLevel, type ThreatScope } from "@/lib/generated/prisma/enums";

export { ResponseLevel, ThreatLevel };
/** In rising order: the schema declares them so. */
export const THREAT_LEVELS = Object.values(ThreatLevel);
export const RESPONSE_LEVELS = Object.values(ResponseLevel);

export const THREAT_SCOPE_LABEL: Record<ThreatScope, string> = { NATIONAL: "National", POLICE_SECTOR: "Police sector" };

const USUAL_RESPONSE: Record<ThreatLevel, ResponseLevel> = {
  LOW: "NORMAL",
  MODERATE: "NORMAL",
  SUBSTANTIAL: "HEIGHTENED",
  SEVERE: "HEIGHTENED",
  CRITICAL: "EXCEPTIONAL",
};

/** The usual response level for a threat level: a suggestion, never applied by itself. */
export function suggestedResponseLevel(threat: ThreatLevel): ResponseLevel {
  return USUAL_RESPONSE[threat];
}

export function compareResponseLevels(a: ResponseLevel, b: ResponseLevel): number {
  return RESPONSE_LEVELS.indexOf(a) - RESPONSE_LEVELS.indexOf(b);
}

export function higherResponseLevel(a: ResponseLevel, b: ResponseLevel): ResponseLevel {
  return compareResponseLevels(a, b) >= 0 ? a : b;
}

export type SiteOverride = { level: ResponseLevel; expiresAt: Date };

export function isOverrideActive(override: SiteOverride | null | undefined, now: Date): override is SiteOverride {
  return Boolean(override && override.expiresAt.getTime() > now.getTime());
}

/** A site's effective level: the higher of the force level and an override still in force. */
export function effectiveResponseLevel(
  forceLevel: ResponseLevel,
  override: SiteOverride | null | undefined,
  now: Date,
): ResponseLevel {
  return isOverrideActive(override, now) ? higherResponseLevel(forceLevel, override.level) : forceLevel;
}

/** Whether the response level sits below what the highest recorded threat usually calls for. */
export function isBelowSuggestion(level: ResponseLevel, threats: readonly ThreatLevel[]): boolean {
  return threats.some((threat) => compareResponseLevels(level, suggestedResponseLevel(threat)) < 0);
}

export type StoredSiteLevel = {
  effectiveLevel: ResponseLevel;
  effectiveSince: Date;
  overrideLevel: ResponseLevel | null;
  overrideExpiresAt: Date | null;
};

/**
 * A site's level as of `now`, from its stored row: an override past its expiry that the sweeper
 * has not yet ended already no longer counts, and the site has been back at the force level since
 * the expiry.
 */
export function currentSiteLevel(
  force: { level: ResponseLevel; since: Date },
  stored: StoredSiteLevel | null | undefined,
  now: Date,
) {
  const override =
    stored?.overrideLevel && stored.overrideExpiresAt
      ? { level: stored.overrideLevel, expiresAt: stored.overrideExpiresAt }
      : null;
  const level = effectiveResponseLevel(force.level, override, now);
  const since =
    level === (stored?.effectiveLevel ?? "NORMAL")
      ? (stored?.effectiveSince ?? force.since)
      : (override?.expiresAt ?? force.since);
  return { level, since, activeOverride: isOverrideActive(override, now) ? override : null };
}

/** What a level means, in the words staff read on their posture page, the notice and the email. */
export const LEVEL_MEANING: Record<ResponseLevel, string> = {
  NORMAL: "Normal security measures are in force.",
  HEIGHTENED: "Additional security measures are in force.",
  EXCEPTIONAL: "Maximum security measures are in force.",
};
