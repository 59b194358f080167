import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { renewBaselines } from "@/lib/levels/apply-effective-levels";
import { lockForceLevel } from "@/lib/levels/level-state";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";
import { POLICY_REFERENCE, POLICY_REVIEW_YEARS } from "@/lib/policy/policy-reference";
import { diffPolicyOptions } from "@/lib/policy/policy-diff";
import { OPTION_SELECT } from "@/lib/policy/read-policy";
import { policyDetailsSchema, policyOptionSchema, publishPolicySchema } from "@/lib/policy/schemas";
import { humanize } from "@/lib/format";

async function lockDraft(tx: Tx) {
  const [draft] = await tx.$queryRaw<{ id: string; version: number }[]>`
    SELECT "id", "version" FROM "PolicyVersion" WHERE "reference" = ${POLICY_REFERENCE} AND "status" = 'DRAFT' FOR UPDATE`;
  if (!draft) throw new AppError("CONFLICT", "There is no draft: start one from the published version first.");
  return draft;
}

/** Starts the next version as a draft copy of the latest one. Only one draft at a time. */
export async function createPolicyDraft(user: CurrentUser) {
  requirePermission(user, "policy.manage");
  return db.$transaction(async (tx) => {
    const latest = await tx.policyVersion.findFirst({
      where: { reference: POLICY_REFERENCE },
      orderBy: { version: "desc" },
      select: { id: true, version: true, owner: true, status: true, options: true },
    });
    if (latest?.status === "DRAFT")
      throw new AppError("CONFLICT", `Version ${latest.version} is already being drafted.`);
    const draft = await tx.policyVersion.create({
      data: {
        reference: POLICY_REFERENCE,
        version: (latest?.version ?? 0) + 1,
        owner: latest?.owner ?? "Head of Protective Security",
        options: { create: (latest?.options ?? []).map(({ id: _id, policyVersionId: _version, ...option }) => option) },
      },
      select: { id: true, version: true },
    });
    await recordAuditEvent(tx, {
      type: "policy.draftCreated",
      actorId: user.id,
      entityType: "PolicyVersion",
      entityId: draft.id,
      payload: { reference: POLICY_REFERENCE, version: draft.version, fromVersion: latest?.version ?? null },
    });
    return draft;
  });
}

/** Adds an option to the draft, or changes one (when `optionId` is given). */
export async function saveDraftOption(user: CurrentUser, input: unknown) {
  requirePermission(user, "policy.manage");
  const { optionId, ...option } = parseInput(policyOptionSchema, input);
  return db.$transaction(async (tx) => {
    const draft = await lockDraft(tx);
    const clash = await tx.policyOption.findFirst({
      where: { policyVersionId: draft.id, code: option.code, ...(optionId && { id: { not: optionId } }) },
      select: { id: true },
    });
    if (clash)
      throw new AppError("VALIDATION", "Another option already has this code.", {
        code: ["Another option in this draft already has this code"],
      });
    if (optionId) {
      const { count } = await tx.policyOption.updateMany({
        where: { id: optionId, policyVersionId: draft.id },
        data: option,
      });
      if (count === 0) throw new AppError("NOT_FOUND", "That option is not in the draft.");
    } else {
      await tx.policyOption.create({ data: { ...option, policyVersionId: draft.id } });
    }
    await recordAuditEvent(tx, {
      type: "policy.draftEdited",
      actorId: user.id,
      entityType: "PolicyVersion",
      entityId: draft.id,
      payload: { version: draft.version, optionCode: option.code, change: optionId ? "updated" : "added" },
    });
  });
}

export async function removeDraftOption(user: CurrentUser, optionId: unknown) {
  requirePermission(user, "policy.manage");
  if (typeof optionId !== "string")
    throw new AppError("VALIDATION", "Choose an option.", { optionId: ["Choose an option"] });
  return db.$transaction(async (tx) => {
    const draft = await lockDraft(tx);
    const option = await tx.policyOption.findFirst({
      where: { id: optionId, policyVersionId: draft.id },
      select: { code: true },
    });
    if (!option) throw new AppError("NOT_FOUND", "That option is not in the draft.");
    await tx.policyOption.delete({ where: { id: optionId } });
    await recordAuditEvent(tx, {
      type: "policy.draftEdited",
      actorId: user.id,
      entityType: "PolicyVersion",
      entityId: draft.id,
      payload: { version: draft.version, optionCode: option.code, change: "removed" },
    });
  });
}

export async function updateDraftDetails(user: CurrentUser, input: unknown) {
  requirePermission(user, "policy.manage");
  const details = parseInput(policyDetailsSchema, input);
  return db.$transaction(async (tx) => {
    const draft = await lockDraft(tx);
    await tx.policyVersion.update({ where: { id: draft.id }, data: details });
    await recordAuditEvent(tx, {
      type: "policy.draftEdited",
      actorId: user.id,
      entityType: "PolicyVersion",
      entityId: draft.id,
      payload: { version: draft.version, optionCode: "-", change: "details" },
    });
  });
}

/** The draft's options against those in force: what publishing would change. */
async function draftChanges(tx: Tx, draftId: string) {
  const [inForce, draft] = await Promise.all([
    tx.policyOption.findMany({
      where: { policyVersion: { reference: POLICY_REFERENCE, status: "PUBLISHED" } },
      select: OPTION_SELECT,
    }),
    tx.policyOption.findMany({ where: { policyVersionId: draftId }, select: OPTION_SELECT }),
  ]);
  const numbers = (options: typeof draft) =>
    options.map((option) => ({ ...option, officerHoursPerDay: Number(option.officerHoursPerDay) }));
  return { count: draft.length, diff: diffPolicyOptions(numbers(inForce), numbers(draft)) };
}

/**
 * Publishes the draft as its approver: the person confirming, recorded by name and role as they
 * are now, with the changes against the version in force in the audit trail. Approved now,
 * reviewed in two years; the previous version is superseded. Open checklists keep the options
 * they were opened from: publishing never rewrites them.
 */
export async function publishPolicyDraft(user: CurrentUser, input: unknown, now = new Date()) {
  requirePermission(user, "policy.manage");
  parseInput(publishPolicySchema, input);
  return commitPostureChange(async (tx) => {
    const draft = await lockDraft(tx);
    const { count: options, diff } = await draftChanges(tx, draft.id);
    if (options === 0)
      throw new AppError("VALIDATION", "A Menu of Options needs at least one option before it is published.");
    await tx.policyVersion.updateMany({
      where: { reference: POLICY_REFERENCE, status: "PUBLISHED" },
      data: { status: "SUPERSEDED" },
    });
    const reviewDueAt = new Date(now);
    reviewDueAt.setFullYear(reviewDueAt.getFullYear() + POLICY_REVIEW_YEARS);
    const approver = { name: user.displayName, role: user.roles.map(humanize).join(", ") };
    await tx.policyVersion.update({
      where: { id: draft.id },
      data: {
        status: "PUBLISHED",
        approvedAt: now,
        reviewDueAt,
        approvedById: user.id,
        approverName: approver.name,
        approverRole: approver.role,
      },
    });
    // Baselines move to the new version; a level change at the same moment waits for this one.
    await lockForceLevel(tx, "share");
    const baselinesOpened = await renewBaselines(tx, now);
    await recordAuditEvent(tx, {
      type: "policy.published",
      actorId: user.id,
      entityType: "PolicyVersion",
      entityId: draft.id,
      payload: {
        reference: POLICY_REFERENCE,
        version: draft.version,
        options,
        reviewDueAt: reviewDueAt.toISOString(),
        approvedBy: `${approver.name} (${approver.role})`,
        added: diff.added.map((option) => option.code),
        removed: diff.removed.map((option) => option.code),
        changed: diff.changed.map((option) => option.code),
        baselinesOpened,
      },
    });
    await recordPostureEvent(tx, "policy");
    return { version: draft.version, reviewDueAt, diff };
  });
}
