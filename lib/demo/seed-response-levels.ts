import type { Db } from "@/lib/db";
import { renewBaselines } from "@/lib/levels/apply-effective-levels";
import { MENU_OF_OPTIONS_V1 } from "@/lib/demo/menu-of-options";
import { POLICY_REFERENCE, POLICY_REVIEW_YEARS } from "@/lib/policy/policy-reference";
import { DAY } from "@/lib/time";

/**
 * Version 1 of the Menu of Options, approved long enough ago that its review reminder shows, and
 * both threat levels at SUBSTANTIAL with the force still at NORMAL (so the suggestion shows).
 * Idempotent: does nothing once a policy exists.
 */
export async function seedResponseLevels(db: Db, now = new Date()) {
  if (await db.policyVersion.count()) return;
  const approvedAt = new Date(now.getTime() - 700 * DAY);
  const reviewDueAt = new Date(approvedAt);
  reviewDueAt.setFullYear(reviewDueAt.getFullYear() + POLICY_REVIEW_YEARS);
  await db.policyVersion.create({
    data: {
      reference: POLICY_REFERENCE,
      version: 1,
      owner: "Head of Protective Security",
      status: "PUBLISHED",
      approvedAt,
      reviewDueAt,
      options: { create: MENU_OF_OPTIONS_V1 },
    },
  });
  await db.$transaction((tx) => renewBaselines(tx, now));
  const commander = await db.user.findUnique({ where: { username: "commander" }, select: { id: true } });
  const recordedAt = new Date(now.getTime() - 3 * DAY);
  await db.threatRecord.createMany({
    data: (["NATIONAL", "POLICE_SECTOR"] as const).map((scope) => ({
      scope,
      level: "SUBSTANTIAL" as const,
      reason: "JTAC assessment: an attack is likely.",
      source: "JTAC",
      recordedAt,
      recordedById: commander?.id ?? null,
    })),
  });
}
