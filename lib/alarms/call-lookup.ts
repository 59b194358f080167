import "server-only";
import { logPersonalDataAccess } from "@/lib/alarms/access-log";
import { escapeLike } from "@/lib/alarms/hazards";
import { phoneKey } from "@/lib/alarms/phone";
import { postcodeKey } from "@/lib/alarms/postcode";
import { callLookupSchema } from "@/lib/alarms/schemas";
import { LIVE_WHERE } from "@/lib/alarms/transitions";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a call handler needs the moment an alarm rings, and nothing more. */
const CALL_SELECT = {
  id: true,
  number: true,
  alarmType: true,
  controlRoomRef: true,
  personName: true,
  contactPhone: true,
  safeContact: true,
  contactNotes: true,
  codeword: true,
  addressLine1: true,
  addressLine2: true,
  town: true,
  postcode: true,
  accessNotes: true,
  dependants: true,
  riskGrade: true,
  maracHeard: true,
  maracDate: true,
  hazards: true,
  keyholders: true,
  setUnsetBy: true,
  liveConfirmedAt: true,
  reviewDueAt: true,
  requestedBy: { select: { displayName: true, email: true } },
} as const satisfies Prisma.AlarmRequestSelect;

export const LOOKUP_LIMIT = 10;
export const DEFAULT_LOOKUP_REASON = "alarm call";

/** The ways a call handler may have the alarm in front of them: device reference, phone, postcode, address. */
function matching(q: string): Prisma.AlarmRequestWhereInput[] {
  const ways: Prisma.AlarmRequestWhereInput[] = [
    { controlRoomRef: { equals: q, mode: "insensitive" } },
    { addressLine1: { contains: escapeLike(q), mode: "insensitive" } },
  ];
  const digits = phoneKey(q);
  if (digits.length >= 6) ways.push({ phoneKey: { startsWith: digits } });
  const postcode = postcodeKey(q);
  if (/^[A-Z]{1,2}[0-9]/.test(postcode)) ways.push({ postcodeKey: { startsWith: escapeLike(postcode) } });
  return ways;
}

/**
 * `POST /api/alarms/lookup` `{q, reason?}`: a live alarm found at call time. Each record shown is
 * a consultation of personal data, logged with who, when, why ("alarm call" unless said) and the search.
 */
export async function lookUpAlarm(user: CurrentUser, input: unknown) {
  requirePermission(user, "alarm.lookup");
  const { q, reason } = parseInput(callLookupSchema, input);
  const found = await db.alarmRequest.findMany({
    where: { ...LIVE_WHERE, erasedAt: null, OR: matching(q) },
    orderBy: { liveConfirmedAt: "desc" },
    take: LOOKUP_LIMIT,
    select: CALL_SELECT,
  });
  if (found.length) {
    await db.$transaction(async (tx) => {
      for (const request of found) await logPersonalDataAccess(tx, user, request, reason ?? DEFAULT_LOOKUP_REASON, q);
    });
  }
  return {
    items: found.map(({ requestedBy, addressLine1, addressLine2, town, postcode, ...request }) => ({
      ...request,
      address: [addressLine1, addressLine2, town, postcode].filter(Boolean).join(", "),
      officerInCase: requestedBy.displayName,
      officerEmail: requestedBy.email,
    })),
  };
}

export type CallLookupResult = Awaited<ReturnType<typeof lookUpAlarm>>["items"][number];
