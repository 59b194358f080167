import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { readCurrentUser } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { Role, SiteType } from "@/lib/generated/prisma/enums";

const unique = () => randomUUID().slice(0, 8);

export async function createSite(overrides: { type?: SiteType; district?: string } = {}) {
  const suffix = unique();
  return db.site.create({
    data: {
      code: `T${suffix}`,
      name: `Test site ${suffix}`,
      type: overrides.type ?? "POLICE_STATION",
      district: overrides.district ?? "Test",
      address: `${suffix} Test Street`,
    },
  });
}

export async function createUser(
  roles: Role[],
  options: { password?: string; active?: boolean; homeSiteId?: string; leadSiteIds?: string[] } = {},
): Promise<CurrentUser> {
  const username = `user-${unique()}`;
  const user = await db.user.create({
    data: {
      username,
      displayName: `Test ${username}`,
      roles,
      active: options.active ?? true,
      homeSiteId: options.homeSiteId ?? null,
      passwordHash: await hashPassword(options.password ?? "correct horse"),
      leadSites: { create: (options.leadSiteIds ?? []).map((siteId) => ({ siteId })) },
    },
    select: { id: true },
  });
  return readCurrentUser({ id: user.id });
}

/** The demo Menu of Options, published once per test database. */
export async function ensurePublishedPolicy() {
  const { seedResponseLevels } = await import("@/lib/demo/seed-response-levels");
  await seedResponseLevels(db);
  return db.policyVersion.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { version: "desc" },
    include: { options: true },
  });
}

export async function forceVersion() {
  return (await db.forceLevel.findUniqueOrThrow({ where: { id: 1 } })).version;
}

export async function siteVersion(siteId: string) {
  return (await db.siteLevel.findUniqueOrThrow({ where: { siteId } })).version;
}

export const VALID_ALARM_REQUEST = {
  addressLine1: "12 Example Terrace",
  town: "Kingsbridge",
  postcode: "kb1 9zz",
  personName: "Alex Example",
  contactPhone: "07700 900123",
  contactNotes: "Call only between 9 and 5; do not leave messages.",
  reasonCategory: "DOMESTIC_ABUSE",
  riskSummary: "Former partner has made repeated threats to attend the address.",
  hazards: "Former partner known to carry a knife; dog at the address.",
  reference: "CR/2026/00123",
  alarmType: "PERSONAL_ATTACK",
  periodDays: 28,
  riskGrade: "HIGH",
  riskAssessedOn: "2026-11-01",
  maracHeard: true,
  maracDate: "2026-11-10",
  codeword: "bluebell",
  safeContact: "Mobile only, weekdays 9 to 3; never leave a voicemail.",
  dependants: "2 children aged 4 and 7",
  accessNotes: "Side gate; dog in the kitchen.",
  occupierConsent: true,
};

export async function createAlarmUnit(type: "PERSONAL_ATTACK" | "INTRUDER" = "PERSONAL_ATTACK") {
  return db.alarmUnit.create({ data: { assetTag: `PA-${Math.floor(Math.random() * 900_000 + 100_000)}`, type } });
}

/** A review-by time any force raise accepts (EXCEPTIONAL allows 7 days ahead). */
export const reviewByFrom = (now = new Date()) => new Date(now.getTime() + 3 * 86_400_000);
