import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidField } from "@/lib/http/params";
import { assignableUsers, requireChecklistAccess } from "@/lib/levels/access";
import {
  changesStaffMeasures,
  CLOSED,
  dueTimeChanged,
  lockItems,
  publicItem,
  recordItemDecision,
  requireChecklistWorker,
  STALE_ITEM,
} from "@/lib/levels/checklist-change";
import { updateChecklistItemSchema } from "@/lib/levels/schemas";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/**
 * Records a decision on one checklist item: who and when come from the session and the clock.
 * The change names the version it was based on; the item is read under a row lock, so a stale
 * version is refused (409, with the item as it is now) and the audit records the true previous state.
 * Moving the due time needs a reason, kept in the audit with the time it replaced.
 */
export async function updateChecklistItem(user: CurrentUser, itemId: string, input: unknown, now = new Date()) {
  requireChecklistWorker(user);
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
    const [item] = await lockItems(tx, [itemId]);
    if (item.activation.closedAt) throw new AppError("CONFLICT", CLOSED);
    if (item.version !== change.expectedVersion) {
      throw new AppError("CONFLICT", STALE_ITEM, undefined, { current: publicItem(item) });
    }
    const assigneeId = change.assigneeId === undefined ? item.assigneeId : change.assigneeId || null;
    if (assigneeId && assigneeId !== item.assigneeId) await requireAssignable(tx, assigneeId, siteId);
    const moved = dueTimeChanged(item.dueAt, change.dueAt);
    if (moved && !change.dueChangeReason) {
      throw invalid("dueChangeReason", "Give the reason for changing the due time");
    }
    const updated = await recordItemDecision(
      tx,
      user,
      item,
      {
        status: change.status,
        rationale: change.status === "NOT_IMPLEMENTED" || change.rationale ? (change.rationale ?? null) : null,
        assigneeId,
        dueAt: moved ? change.dueAt! : item.dueAt,
        dueChangeReason: moved ? change.dueChangeReason : undefined,
      },
      now,
    );
    await recordPostureEvent(tx, changesStaffMeasures([item], change.status) ? "measures" : "checklist", siteId);
    return { ...publicItem(updated), optionCode: item.option.code };
  });
}

async function requireAssignable(tx: Tx, assigneeId: string, siteId: string) {
  const assignee = await tx.user.findFirst({
    where: { id: assigneeId, ...assignableUsers(siteId) },
    select: { id: true },
  });
  if (!assignee) throw invalid("assigneeId", "Choose someone from this site, or a commander");
}
