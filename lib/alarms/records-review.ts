import "server-only";
import { PERSONAL_COLUMNS } from "@/lib/alarms/columns";
import { consultationsOfAny } from "@/lib/alarms/access-log";
import { alarmConfig, type AlarmConfig } from "@/lib/alarms/config";
import { pageSchema, recordReviewSchema } from "@/lib/alarms/schemas";
import { recordAuditEvent, recordAuditEvents } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/http/params";
import { DAY } from "@/lib/time";

/** Every personal column emptied: what is left are the facts kept for reporting. */
const ERASED = Object.fromEntries(PERSONAL_COLUMNS.map((column) => [column, null]));
const FINISHED = ["CLOSED", "REJECTED", "WITHDRAWN"] as const;
const BATCH = 500;
/** A retained record is reviewed again within this many years at most. */
const MAX_RETAIN_YEARS = 10;

/**
 * Disposal (MoPI): the personal fields, the transition notes and the search terms that found the
 * records are erased; the facts, the decisions and who consulted them stay. In the caller's
 * transaction, a few statements however many records: answers those it erased (not erased before).
 */
async function dispose(tx: Tx, requests: { id: string }[], actorId: string | null, now: Date) {
  const erased = await tx.alarmRequest.updateManyAndReturn({
    where: { id: { in: requests.map((request) => request.id) }, erasedAt: null },
    data: { ...ERASED, erasedAt: now, recordReviewQueuedAt: null, recordReviewDueAt: null },
    select: { id: true, number: true },
  });
  if (erased.length === 0) return erased;
  const ids = erased.map((request) => request.id);
  await tx.alarmTransition.updateMany({ where: { requestId: { in: ids } }, data: { note: null } });
  await tx.alarmAccess.updateMany({ where: consultationsOfAny(ids), data: { searchTerm: null } });
  await recordAuditEvents(
    tx,
    erased.map((request) => ({
      type: "alarm.personalDataErased" as const,
      actorId,
      entityType: "AlarmRequest",
      entityId: request.id,
      payload: { number: request.number },
    })),
  );
  return erased;
}

/**
 * The daily job and `npm run retention`: finished records whose review date has come join the
 * records-review queue — or, where the force has set ALARM_AUTO_DISPOSE, are disposed of at once,
 * the decision kept as an automatic review. Works in batches, one statement per batch.
 */
export async function queueRecordReviews(now = new Date(), config: AlarmConfig = alarmConfig()) {
  const due = { erasedAt: null, status: { in: [...FINISHED] }, recordReviewDueAt: { lte: now } };
  if (!config.ALARM_AUTO_DISPOSE) {
    const { count } = await db.alarmRequest.updateMany({
      where: { ...due, recordReviewQueuedAt: null },
      data: { recordReviewQueuedAt: now },
    });
    return { queued: count, disposed: 0 };
  }
  let disposed = 0;
  for (;;) {
    const batch = await db.alarmRequest.findMany({ where: due, take: BATCH, select: { id: true } });
    if (batch.length === 0) break;
    disposed += await db.$transaction(async (tx) => {
      const erased = await dispose(tx, batch, null, now);
      await tx.alarmRecordReview.createMany({
        data: erased.map((request) => ({
          requestId: request.id,
          decision: "DISPOSE" as const,
          reason: "Disposed automatically at its review date (ALARM_AUTO_DISPOSE)",
          decidedAt: now,
        })),
      });
      return erased.length;
    });
  }
  return { queued: 0, disposed };
}

/** The records-review queue: finished requests waiting for a reviewer, longest waiting first. Facts only. */
export async function listRecordReviews(user: CurrentUser, input: unknown = {}, pageSize = 25) {
  requirePermission(user, "alarm.records.review");
  const { page } = parseInput(pageSchema, input);
  const where = { recordReviewQueuedAt: { not: null }, erasedAt: null };
  const [items, total] = await Promise.all([
    db.alarmRequest.findMany({
      where,
      orderBy: [{ recordReviewDueAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        number: true,
        status: true,
        reasonCategory: true,
        district: true,
        requestedAt: true,
        closedAt: true,
        recordReviewDueAt: true,
      },
    }),
    db.alarmRequest.count({ where }),
  ]);
  return { items, page, pageSize, total };
}

/**
 * `POST /api/alarms/{id}/record-reviews` `{decision, reason?, nextReviewAt?}`: RETAIN keeps the
 * record as it is until the next review (reason and date required); DISPOSE erases exactly the
 * personal fields. Either way the decision is kept for good.
 */
export async function decideRecordReview(user: CurrentUser, id: string, input: unknown, now = new Date()) {
  requirePermission(user, "alarm.records.review");
  uuidOrNotFound(id, "There is no such record waiting for review.");
  const request = await db.alarmRequest.findFirst({
    where: { id, recordReviewQueuedAt: { not: null }, erasedAt: null },
    select: { id: true, number: true },
  });
  if (!request) throw new AppError("NOT_FOUND", "There is no such record waiting for review.");
  const review = parseInput(recordReviewSchema, input);
  if (review.decision === "RETAIN") validateRetention(review, now);
  return db.$transaction(async (tx) => {
    if (review.decision === "RETAIN") {
      const { count } = await tx.alarmRequest.updateMany({
        where: { id, recordReviewQueuedAt: { not: null }, erasedAt: null },
        data: { recordReviewQueuedAt: null, recordReviewDueAt: review.nextReviewAt },
      });
      if (count === 0) throw new AppError("CONFLICT", "Someone else reviewed this record at the same time.");
    } else if ((await dispose(tx, [request], user.id, now)).length === 0) {
      throw new AppError("CONFLICT", "Someone else reviewed this record at the same time.");
    }
    await recordAuditEvent(tx, {
      type: "alarm.recordReviewed",
      actorId: user.id,
      entityType: "AlarmRequest",
      entityId: id,
      payload: {
        number: request.number,
        decision: review.decision,
        nextReviewAt: review.nextReviewAt?.toISOString() ?? null,
      },
    });
    return tx.alarmRecordReview.create({
      data: {
        requestId: id,
        decision: review.decision,
        reason: review.reason,
        nextReviewAt: review.decision === "RETAIN" ? review.nextReviewAt : null,
        decidedById: user.id,
        decidedAt: now,
      },
      select: { id: true, decision: true, reason: true, nextReviewAt: true, decidedAt: true },
    });
  });
}

function validateRetention(review: { reason?: string; nextReviewAt?: Date }, now: Date) {
  const errors: Record<string, string[]> = {};
  if (!review.reason) errors.reason = ["Give the reason for keeping the record"];
  if (!review.nextReviewAt) errors.nextReviewAt = ["Enter the date of the next review"];
  else if (review.nextReviewAt <= now) errors.nextReviewAt = ["The next review must be in the future"];
  else if (review.nextReviewAt.getTime() > now.getTime() + MAX_RETAIN_YEARS * 366 * DAY)
    errors.nextReviewAt = [`The next review must be within ${MAX_RETAIN_YEARS} years`];
  if (Object.keys(errors).length) throw new AppError("VALIDATION", Object.values(errors)[0][0], errors);
}
