import "server-only";
import { can } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidField } from "@/lib/http/params";
import { assignableUsers, requireChecklistAccess } from "@/lib/levels/access";
import { updateChecklistItemSchema } from "@/lib/levels/schemas";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";

const CLOSED = "This checklist was closed when the site stood down; its record can no longer change.";

const ITEM_FIELDS = {
  id: true,
  status: true,
  rationale: true,
  dueAt: true,
  assigneeId: true,
  version: true,
  updatedAt: true,
  activation: { select: { siteId: true, closedAt: true } },
  option: { select: { code: true } },
} as const;

/**
 * Records a decision on one checklist item: who and when come from the session and the clock.
 * The change names the version it was based on; the item is read under a row lock, so a stale
 * version is refused (409, with the item as it is now) and the audit records the true previous state.
 */
export async function updateChecklistItem(user: CurrentUser, itemId: string, input: unknown, now = new Date()) {
  if (!can(user.roles, "checklist.work.all") && !can(user.roles, "checklist.work.own")) {
    throw new AppError("FORBIDDEN", "You may not work checklists.");
  }
  uuidField(itemId, "itemId", "Choose a checklist item");
  const site = await db.checklistItem.findUnique({
    where: { id: itemId },
    select: { activation: { select: { siteId: true } } },
  });
  if (!site) throw new AppError("NOT_FOUND", "That checklist item does not exist.");
  const siteId = site.activation.siteId;
  requireChecklistAccess(user, siteId, "work");
  const change = parseInput(updateChecklistItemSchema, input);
  return commitPostureChange(async (tx) => {
    const item = await lockItem(tx, itemId);
    if (item.activation.closedAt) throw new AppError("CONFLICT", CLOSED);
    if (item.version !== change.expectedVersion) {
      throw new AppError(
        "CONFLICT",
        "Someone else changed this item after you opened it. Check it and try again.",
        undefined,
        { current: publicItem(item) },
      );
    }
    const assigneeId = change.assigneeId === undefined ? item.assigneeId : change.assigneeId || null;
    if (assigneeId && assigneeId !== item.assigneeId) await requireAssignable(tx, assigneeId, siteId);
    const rationale = change.status === "NOT_IMPLEMENTED" || change.rationale ? (change.rationale ?? null) : null;
    const dueAt = change.dueAt ?? item.dueAt;
    const updated = await tx.checklistItem.update({
      where: { id: itemId },
      data: {
        status: change.status,
        rationale,
        assigneeId,
        dueAt,
        updatedById: user.id,
        updatedAt: now,
        version: { increment: 1 },
      },
      select: ITEM_FIELDS,
    });
    await recordAuditEvent(tx, {
      type: "checklist.itemChanged",
      actorId: user.id,
      entityType: "ChecklistItem",
      entityId: itemId,
      payload: {
        siteId,
        optionCode: item.option.code,
        from: item.status,
        to: change.status,
        rationale,
        assigneeId,
        dueAt: dueAt.toISOString(),
      },
    });
    await recordPostureEvent(tx, "checklist", siteId);
    return publicItem(updated);
  });
}

async function lockItem(tx: Tx, itemId: string) {
  await tx.$queryRaw`SELECT 1 FROM "ChecklistItem" WHERE "id" = ${itemId}::uuid FOR UPDATE`;
  return tx.checklistItem.findUniqueOrThrow({ where: { id: itemId }, select: ITEM_FIELDS });
}

async function requireAssignable(tx: Tx, assigneeId: string, siteId: string) {
  const assignee = await tx.user.findFirst({
    where: { id: assigneeId, ...assignableUsers(siteId) },
    select: { id: true },
  });
  if (!assignee) {
    throw new AppError("VALIDATION", "Choose someone from this site, or a commander.", {
      assigneeId: ["Choose someone from this site, or a commander"],
    });
  }
}

function publicItem(item: {
  id: string;
  status: string;
  rationale: string | null;
  assigneeId: string | null;
  dueAt: Date;
  version: number;
  updatedAt: Date;
}) {
  const { id, status, rationale, assigneeId, dueAt, version, updatedAt } = item;
  return { id, status, rationale, assigneeId, dueAt, version, updatedAt };
}
