import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError, parseInput } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/http/params";
import { requireChecklistAccess } from "@/lib/levels/access";
import {
  changesStaffMeasures,
  CLOSED,
  lockItems,
  publicItem,
  recordItemDecision,
  requireChecklistWorker,
} from "@/lib/levels/checklist-change";
import { bulkChecklistSchema } from "@/lib/levels/schemas";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";

/**
 * Marks many items of one site's open checklist implemented or not applicable at once: one
 * transaction, one audited change per item. Every item must still be at the version the user
 * saw; if any is not, nothing changes and the 409 lists each stale item as it is now.
 */
export async function updateChecklistItems(user: CurrentUser, siteId: string, input: unknown, now = new Date()) {
  requireChecklistWorker(user);
  uuidOrNotFound(siteId, "That site does not exist.");
  requireChecklistAccess(user, siteId, "work");
  const change = parseInput(bulkChecklistSchema, input);
  const ids = change.items.map((item) => item.id);
  return commitPostureChange(async (tx) => {
    const items = await lockItems(tx, ids);
    const found = new Map(items.map((item) => [item.id, item]));
    const strangers = ids.filter((id) => found.get(id)?.activation.siteId !== siteId);
    if (strangers.length) {
      const message = "Choose checklist items from this site";
      throw new AppError("VALIDATION", message, { items: [message] }, { notOnThisSite: strangers });
    }
    if (items.some((item) => item.activation.closedAt)) throw new AppError("CONFLICT", CLOSED);
    const stale = change.items.filter((wanted) => found.get(wanted.id)!.version !== wanted.expectedVersion);
    if (stale.length) {
      throw new AppError(
        "CONFLICT",
        `${stale.length === 1 ? "One item was" : `${stale.length} items were`} changed by someone else after you opened the checklist. Nothing was saved: check them and try again.`,
        undefined,
        { current: stale.map((wanted) => publicItem(found.get(wanted.id)!)) },
      );
    }
    const updated = [];
    for (const item of items) {
      updated.push(
        await recordItemDecision(
          tx,
          user,
          item,
          { status: change.status, rationale: item.rationale, assigneeId: item.assigneeId, dueAt: item.dueAt },
          now,
        ),
      );
    }
    await recordPostureEvent(tx, changesStaffMeasures(items, change.status) ? "measures" : "checklist", siteId);
    return { status: change.status, items: updated.map(publicItem) };
  });
}
