import "server-only";
import { can } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { requireChecklistAccess } from "@/lib/levels/read-site-checklist";
import { updateChecklistItemSchema } from "@/lib/levels/schemas";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";

/** Records a decision on one checklist item: who and when come from the session and the clock. */
export async function updateChecklistItem(user: CurrentUser, itemId: string, input: unknown, now = new Date()) {
  if (!can(user.roles, "checklist.work.all") && !can(user.roles, "checklist.work.own")) {
    throw new AppError("FORBIDDEN", "You may not work checklists.");
  }
  const item = await db.checklistItem.findUnique({
    where: { id: itemId },
    select: { id: true, status: true, dueAt: true, assigneeId: true, activation: { select: { siteId: true, closedAt: true } }, option: { select: { code: true } } },
  });
  if (!item) throw new AppError("NOT_FOUND", "That checklist item does not exist.");
  const siteId = item.activation.siteId;
  requireChecklistAccess(user, siteId, "work");
  const change = parseInput(updateChecklistItemSchema, input);
  if (item.activation.closedAt) throw new AppError("CONFLICT", "This checklist was closed when the site stood down; its record can no longer change.");
  const assigneeId = change.assigneeId === undefined ? item.assigneeId : change.assigneeId || null;
  if (assigneeId && assigneeId !== item.assigneeId) {
    const assignee = await db.user.findFirst({ where: { id: assigneeId, active: true }, select: { id: true } });
    if (!assignee) throw new AppError("VALIDATION", "Choose an active user.", { assigneeId: ["Choose an active user"] });
  }
  const rationale = change.status === "NOT_IMPLEMENTED" || change.rationale ? (change.rationale ?? null) : null;
  const dueAt = change.dueAt ?? item.dueAt;
  return commitPostureChange(async (tx) => {
    // Conditional on the activation still being open: a stand-down committing meanwhile wins.
    const { count } = await tx.checklistItem.updateMany({
      where: { id: itemId, activation: { closedAt: null } },
      data: { status: change.status, rationale, assigneeId, dueAt, updatedById: user.id, updatedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "This checklist was closed when the site stood down; its record can no longer change.");
    await recordAuditEvent(tx, {
      type: "checklist.itemChanged",
      actorId: user.id,
      entityType: "ChecklistItem",
      entityId: itemId,
      payload: { siteId, optionCode: item.option.code, from: item.status, to: change.status, rationale, assigneeId, dueAt: dueAt.toISOString() },
    });
    await recordPostureEvent(tx, "checklist", siteId);
    return { id: itemId, status: change.status, rationale, assigneeId, dueAt, updatedAt: now };
  });
}
