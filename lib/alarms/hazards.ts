import "server-only";
import { logHazardSearch, type Reader } from "@/lib/alarms/access-log";
import type { TokenCaller } from "@/lib/api-tokens/bearer";
import { postcodeKey } from "@/lib/alarms/postcode";
import { hazardSearchSchema } from "@/lib/alarms/schemas";
import { LIVE_WHERE } from "@/lib/alarms/transitions";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";

const BRIEF = 280;

/** Prisma passes `contains` and `startsWith` to LIKE as they are: % and _ must mean themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
const brief = (text: string | null) => (text && text.length > BRIEF ? `${text.slice(0, BRIEF - 1)}…` : (text ?? ""));

/**
 * Hazard markers for an attending officer: a live alarm (confirmed by the control room) at the address, its type, the hazards and
 * the perpetrator risk in brief — and nothing more (no name, no contact details). The search is a
 * consultation of personal data, logged once, naming every record it showed.
 */
export async function searchHazardMarkers(user: CurrentUser, input: unknown) {
  requirePermission(user, "hazard.view");
  return findHazardMarkers(user, input);
}

/** The same check for another system through its API token (hazards:read): the search is logged against the token. */
export function searchHazardMarkersForSystem(token: TokenCaller, input: unknown) {
  return findHazardMarkers(token, input);
}

async function findHazardMarkers(reader: Reader, input: unknown) {
  const { q } = parseInput(hazardSearchSchema, input);
  const key = escapeLike(postcodeKey(q));
  const address = escapeLike(q);
  const matches = await db.alarmRequest.findMany({
    where: {
      ...LIVE_WHERE,
      erasedAt: null,
      OR: [{ postcodeKey: { startsWith: key } }, { addressLine1: { contains: address, mode: "insensitive" } }],
    },
    orderBy: { postcode: "asc" },
    take: 20,
    select: {
      id: true,
      number: true,
      addressLine1: true,
      town: true,
      postcode: true,
      alarmType: true,
      hazards: true,
      riskSummary: true,
      liveConfirmedAt: true,
    },
  });
  if (matches.length) await db.$transaction((tx) => logHazardSearch(tx, reader, matches, q));
  return matches.map((match) => ({
    number: match.number,
    address: [match.addressLine1, match.town, match.postcode].filter(Boolean).join(", "),
    alarmType: match.alarmType,
    hazards: brief(match.hazards),
    perpetratorRisk: brief(match.riskSummary),
    liveSince: match.liveConfirmedAt,
  }));
}
