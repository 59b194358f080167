import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OptionCadence, OptionVisibility } from "@/lib/generated/prisma/enums";
import { isRecurring, nextDueAfter } from "@/lib/levels/cadence";
import type { ChecklistStatus } from "@/lib/levels/checklist-rules";
import { MINUTE } from "@/lib/time";

export const CLOSED = "This checklist was closed when the site stood down; its record can no longer change.";
export const STALE_ITEM = "Someone else changed this item after you opened it. Check it and try again.";

export const ITEM_FIELDS = {
  id: true,
  status: true,
  rationale: true,
  dueAt: true,
  assigneeId: true,
  version: true,
  updatedAt: true,
  activation: { select: { siteId: true, closedAt: true } },
  option: { select: { code: true, title: true, cadence: true, visibility: true } },
} as const;

export type LockedItem = {
  id: string;
  status: ChecklistStatus;
  rationale: string | null;
  dueAt: Date;
  assigneeId: string | null;
  version: number;
  updatedAt: Date;
  activation: { siteId: string; closedAt: Date | null };
  option: { code: string; title: string; cadence: OptionCadence; visibility: OptionVisibility };
};

const STAFF_SEE: readonly ChecklistStatus[] = ["PENDING", "IMPLEMENTED"];

/**
 * Whether a decision changes what the site's staff see (a measure for all staff appearing or going
 * from their posture page, as `STAFF_VISIBLE_ITEMS` selects them): then the posture event is
 * "measures", which their pages hear of; any other checklist change only its checklist's readers do.
 */
export function changesStaffMeasures(items: LockedItem[], status: ChecklistStatus): boolean {
  return items.some(
    (item) => item.option.visibility === "ALL_STAFF" && STAFF_SEE.includes(item.status) !== STAFF_SEE.includes(status),
  );
}

export function requireChecklistWorker(user: CurrentUser) {
  if (!can(user.roles, "checklist.work.all") && !can(user.roles, "checklist.work.own")) {
    throw new AppError("FORBIDDEN", "You may not work checklists.");
  }
}

/** Row locks in id order, so two changes touching the same items cannot deadlock. */
export async function lockItems(tx: Tx, itemIds: string[]): Promise<LockedItem[]> {
  await tx.$queryRaw`SELECT 1 FROM "ChecklistItem" WHERE "id" = ANY(${itemIds}::uuid[]) ORDER BY "id" FOR UPDATE`;
  return tx.checklistItem.findMany({ where: { id: { in: itemIds } }, select: ITEM_FIELDS, orderBy: { id: "asc" } });
}

/** Forms give due times to the minute: a time within the same minute is no change. */
export function dueTimeChanged(current: Date, proposed: Date | undefined): proposed is Date {
  return proposed !== undefined && Math.floor(current.getTime() / MINUTE) !== Math.floor(proposed.getTime() / MINUTE);
}

export type ItemDecision = {
  status: ChecklistStatus;
  rationale: string | null;
  assigneeId: string | null;
  dueAt: Date;
  dueChangeReason?: string;
};

/**
 * Writes one decision on a locked item and its audit event: one audited change per item. Marking a
 * recurring check implemented confirms it: due again after its cadence, the confirmation (who,
 * when, note) kept in the site log.
 */
export async function recordItemDecision(
  tx: Tx,
  user: CurrentUser,
  item: LockedItem,
  decision: ItemDecision,
  now: Date,
): Promise<LockedItem> {
  const { cadence } = item.option;
  if (decision.status === "IMPLEMENTED" && cadence !== "ONCE" && isRecurring(cadence)) {
    decision = { ...decision, dueAt: nextDueAfter(cadence, now) };
    await tx.siteLogEntry.create({
      data: {
        siteId: item.activation.siteId,
        kind: "CHECK",
        summary: `Confirmed ${item.option.code} ${item.option.title}`,
        optionCode: item.option.code,
        information: decision.rationale,
        authorId: user.id,
        occurredAt: now,
        recordedAt: now,
      },
    });
  }
  const updated = await tx.checklistItem.update({
    where: { id: item.id },
    data: {
      status: decision.status,
      rationale: decision.rationale,
      assigneeId: decision.assigneeId,
      dueAt: decision.dueAt,
      updatedById: user.id,
      updatedAt: now,
      // When it began to be implemented: a re-confirmation keeps it, any other decision clears it.
      implementedAt: decision.status !== "IMPLEMENTED" ? null : item.status === "IMPLEMENTED" ? undefined : now,
      version: { increment: 1 },
    },
    select: ITEM_FIELDS,
  });
  await recordAuditEvent(tx, {
    type: "checklist.itemChanged",
    actorId: user.id,
    entityType: "ChecklistItem",
    entityId: item.id,
    payload: {
      siteId: item.activation.siteId,
      optionCode: item.option.code,
      from: item.status,
      to: decision.status,
      rationale: decision.rationale,
      assigneeId: decision.assigneeId,
      dueAt: decision.dueAt.toISOString(),
      ...(decision.dueChangeReason && {
        previousDueAt: item.dueAt.toISOString(),
        dueChangeReason: decision.dueChangeReason,
      }),
    },
  });
  return updated;
}

export function publicItem(item: LockedItem) {
  const { id, status, rationale, assigneeId, dueAt, version, updatedAt } = item;
  return { id, status, rationale, assigneeId, dueAt, version, updatedAt };
}
