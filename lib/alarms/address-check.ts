import "server-only";
import { postcodeKey } from "@/lib/alarms/postcode";
import { addressCheckSchema } from "@/lib/alarms/schemas";
import { LIVE_WHERE } from "@/lib/alarms/transitions";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/errors";

type Address = { postcode: string; addressLine1: string };

/** A live alarm at this address: same postcode, same first line in any case or spacing. */
export function liveAlarmAt(address: Address): Prisma.AlarmRequestWhereInput {
  return {
    ...LIVE_WHERE,
    postcodeKey: postcodeKey(address.postcode),
    addressLine1: { equals: address.addressLine1.trim().replace(/\s+/g, " "), mode: "insensitive" },
  };
}

/**
 * `GET /api/alarms/address-check?postcode=&addressLine1=`: before an officer submits a request,
 * whether a live alarm already protects the address. Only its number: who it protects is not theirs to know.
 */
export async function checkAddress(user: CurrentUser, input: unknown) {
  requirePermission(user, "alarm.request");
  const address = parseInput(addressCheckSchema, input);
  const live = await db.alarmRequest.findFirst({ where: liveAlarmAt(address), select: { number: true } });
  return { liveAlarm: live };
}
