import "server-only";
import { can } from "@/lib/auth/permissions";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { POLICY_REFERENCE, POLICY_REMINDER_DAYS } from "@/lib/policy/policy-reference";
import { cachedUntilNextEvent } from "@/lib/live/event-cache";
import { diffPolicyOptions } from "@/lib/policy/policy-diff";
import { DAY } from "@/lib/time";

/** An option's fields as the policy pages and the publishing diff read them. */
export const OPTION_SELECT = {
  id: true,
  code: true,
  title: true,
  guidance: true,
  category: true,
  minLevel: true,
  siteTypes: true,
  ownerRole: true,
  officerHoursPerDay: true,
  costPerDay: true,
  visibility: true,
  cadence: true,
} as const;

const VERSION_SELECT = {
  id: true,
  reference: true,
  version: true,
  owner: true,
  status: true,
  approvedAt: true,
  approverName: true,
  approverRole: true,
  reviewDueAt: true,
  createdAt: true,
} as const;

/** The policy page: every version, the published one and the draft with their options. */
export async function readPolicy(user: CurrentUser) {
  requirePermission(user, "policy.manage");
  const versions = await db.policyVersion.findMany({
    where: { reference: POLICY_REFERENCE },
    orderBy: { version: "desc" },
    select: { ...VERSION_SELECT, options: { orderBy: { code: "asc" }, select: OPTION_SELECT } },
  });
  const withNumbers = versions.map((version) => ({
    ...version,
    options: version.options.map((option) => ({ ...option, officerHoursPerDay: Number(option.officerHoursPerDay) })),
  }));
  const published = withNumbers.find((version) => version.status === "PUBLISHED") ?? null;
  const draft = withNumbers.find((version) => version.status === "DRAFT") ?? null;
  return {
    versions: withNumbers,
    published,
    draft,
    changes: draft ? diffPolicyOptions(published?.options ?? [], draft.options) : null,
  };
}

export type PolicyReminder = { version: number; reviewDueAt: Date; daysLeft: number; isOverdue: boolean };

/** For ADMINs and COMMANDERs: the published policy's review is due within 90 days, or overdue. */
export async function readPolicyReminder(user: CurrentUser, now = new Date()): Promise<PolicyReminder | null> {
  if (!can(user.roles, "policy.manage") && !can(user.roles, "level.set")) return null;
  const published = await cachedUntilNextEvent("policy-published", () =>
    db.policyVersion.findFirst({
      where: { reference: POLICY_REFERENCE, status: "PUBLISHED" },
      orderBy: { version: "desc" },
      select: { version: true, reviewDueAt: true },
    }),
  );
  if (!published?.reviewDueAt) return null;
  const daysLeft = Math.ceil((published.reviewDueAt.getTime() - now.getTime()) / DAY);
  if (daysLeft > POLICY_REMINDER_DAYS) return null;
  return { version: published.version, reviewDueAt: published.reviewDueAt, daysLeft, isOverdue: daysLeft < 0 };
}
