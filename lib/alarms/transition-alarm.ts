import "server-only";
import { alarmScope, NOT_VISIBLE, requireAlarmActor } from "@/lib/alarms/access";
import { alarmConfig, recordReviewDue } from "@/lib/alarms/config";
import { summariseEvidence } from "@/lib/alarms/review-evidence";
import { transitionSchema, type TransitionInput } from "@/lib/alarms/schemas";
import { checkTransition, type AlarmAction, type AlarmStatus } from "@/lib/alarms/transitions";
import { moveUnitWithRequest } from "@/lib/alarms/unit-custody";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AlarmType } from "@/lib/generated/prisma/enums";
import { uuidOrNotFound } from "@/lib/http/params";
import { DAY } from "@/lib/time";

const NOTE_REQUIRED: readonly AlarmAction[] = ["approve", "reject", "withdraw", "extend", "order-removal"];
const DECISIONS: readonly AlarmAction[] = ["approve", "reject"];
const REVIEW_DECISIONS: readonly AlarmAction[] = ["extend", "order-removal"];
const FINISHING: readonly AlarmAction[] = ["reject", "withdraw", "close"];

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

export type TransitionRequest = {
  id: string;
  number: string;
  status: AlarmStatus;
  requestedById: string;
  alarmType: AlarmType;
  reviewDueAt: Date | null;
  unitId: string | null;
  controlRoomRef: string | null;
  liveConfirmedAt: Date | null;
};

/**
 * Moves a request along the lifecycle table. The update is conditional on the state it leaves,
 * so of two people acting at once exactly one succeeds; the other gets 409 and nothing changes.
 */
export async function transitionAlarmRequest(user: CurrentUser, id: string, input: unknown, now = new Date()) {
  requireAlarmActor(user);
  uuidOrNotFound(id, NOT_VISIBLE);
  // A request the user may not know of is 404, as if it did not exist (decision 009); on one
  // they may see, the table and the requester rule decide (403 wrong role, 409 wrong state).
  const request = await db.alarmRequest.findFirst({
    where: { AND: [{ id }, alarmScope(user)] },
    select: {
      id: true,
      number: true,
      status: true,
      requestedById: true,
      alarmType: true,
      reviewDueAt: true,
      unitId: true,
      controlRoomRef: true,
      liveConfirmedAt: true,
    },
  });
  if (!request) throw new AppError("NOT_FOUND", NOT_VISIBLE);
  const change = parseInput(transitionSchema, input);
  const check = checkTransition(
    change.action,
    { status: request.status, live: request.liveConfirmedAt !== null },
    { roles: user.roles, isRequester: request.requestedById === user.id },
  );
  if (!check.ok) throw new AppError(check.code, check.message);
  if (NOTE_REQUIRED.includes(change.action) && !change.note) throw invalid("note", "Give the reason for this decision");
  const data = transitionData(change, request, now);
  if (change.unitId && !(await db.alarmUnit.findUnique({ where: { id: change.unitId }, select: { id: true } }))) {
    throw invalid("unitId", "There is no unit with that id: choose a unit from stock");
  }
  try {
    await db.$transaction(async (tx) => {
      const evidence = await evidenceFor(tx, user, change.action, request, now);
      const { count } = await tx.alarmRequest.updateMany({
        where: {
          id,
          status: request.status,
          ...(change.action === "confirm-live" && { liveConfirmedAt: null }),
        },
        data: { ...data, status: check.to },
      });
      if (count === 0)
        throw new AppError(
          "CONFLICT",
          "Someone else acted on this request at the same time: reload it to see where it stands.",
        );
      const unitId = await moveUnitWithRequest(tx, user, change, request, now);
      await tx.alarmTransition.create({
        data: {
          requestId: id,
          action: change.action,
          fromStatus: request.status,
          toStatus: check.to,
          note: change.note,
          evidence: evidence ?? Prisma.DbNull,
          actorId: user.id,
          occurredAt: now,
        },
      });
      await recordAuditEvent(tx, {
        type: "alarm.transitioned",
        actorId: user.id,
        entityType: "AlarmRequest",
        entityId: id,
        payload: { number: request.number, action: change.action, from: request.status, to: check.to, unitId },
      });
    });
  } catch (error) {
    // The database's own guarantee (one live request per unit) answers like the conditional update.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "That unit is already installed elsewhere: choose another from stock.");
    }
    throw error;
  }
  const updated = await db.alarmRequest.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      number: true,
      status: true,
      decidedAt: true,
      installedAt: true,
      liveConfirmedAt: true,
      reviewDueAt: true,
      removedAt: true,
      closedAt: true,
      unitId: true,
    },
  });
  return { ...updated, live: updated.liveConfirmedAt !== null && updated.removedAt === null };
}

/**
 * What a decision weighed, kept with it. An approver decides only having opened the risk summary
 * (its consultation is in the access log); a review records the calls of the last twelve months.
 */
async function evidenceFor(
  tx: Tx,
  user: CurrentUser,
  action: AlarmAction,
  request: TransitionRequest,
  now: Date,
): Promise<Prisma.InputJsonObject | null> {
  if (DECISIONS.includes(action)) {
    const shown = await tx.alarmAccess.findFirst({
      where: { requestId: request.id, userId: user.id },
      orderBy: { accessedAt: "desc" },
      select: { id: true, accessedAt: true },
    });
    if (!shown)
      throw new AppError("CONFLICT", "Open the risk summary before deciding: the decision form shows it.", {
        riskSummary: ["Open the risk summary before deciding"],
      });
    return { riskSummaryShownAt: shown.accessedAt.toISOString(), accessId: shown.id };
  }
  if (REVIEW_DECISIONS.includes(action)) {
    const calls = await tx.alarmCall.findMany({
      where: { requestId: request.id },
      select: { id: true, occurredAt: true, outcome: true },
    });
    const summary = summariseEvidence(calls, now);
    return {
      callIds: summary.calls.map((call) => call.id),
      falseCalls: summary.falseCalls,
      genuineCalls: summary.genuineCalls,
    };
  }
  return null;
}

function transitionData(
  change: TransitionInput,
  request: TransitionRequest,
  now: Date,
): Prisma.AlarmRequestUncheckedUpdateManyInput {
  const finished = FINISHING.includes(change.action) ? { recordReviewDueAt: recordReviewDue(now) } : {};
  switch (change.action) {
    case "approve":
    case "reject":
      return { decidedAt: now, ...finished };
    case "install":
      return installData(change, now);
    case "confirm-live":
      return confirmLiveData(change, request, now);
    case "extend": {
      if (!change.reviewDueAt) throw invalid("reviewDueAt", "Enter the new review date");
      if (change.reviewDueAt <= now) throw invalid("reviewDueAt", "The new review date must be in the future");
      if (change.reviewDueAt.getTime() > now.getTime() + alarmConfig().maxPeriodDays * DAY) {
        throw invalid("reviewDueAt", `The next review must be within ${alarmConfig().maxPeriodDays} days`);
      }
      return { reviewDueAt: change.reviewDueAt, reviewNowSince: null, attentionSince: null };
    }
    case "order-removal":
      return { reviewNowSince: null, attentionSince: null };
    case "remove":
      if (!change.unitCondition)
        throw invalid("unitCondition", "Say whether the unit came back in good order or faulty");
      return { removedAt: now };
    case "close":
      return { closedAt: now, ...finished };
    default:
      return finished;
  }
}

/** Every missing part of a fit named at once, as the form's error summary lists them. */
function installData(change: TransitionInput, now: Date): Prisma.AlarmRequestUncheckedUpdateManyInput {
  const errors: Record<string, string[]> = {};
  const installedAt = change.installedAt ?? now;
  const reviewDueAt = change.reviewDueAt ?? new Date(installedAt.getTime() + alarmConfig().ALARM_REVIEW_DAYS * DAY);
  if (!change.unitId) errors.unitId = ["Choose the unit fitted, from stock"];
  if (!change.controlRoomRef)
    errors.controlRoomRef = ["Enter the control-room reference: the alarm cannot be recorded as installed without it"];
  // Never assumed: the installer says whether the test call reached the control room.
  if (change.tested === undefined) errors.tested = ["Say whether the alarm was tested with the control room"];
  if (installedAt.getTime() > now.getTime() + 5 * 60_000)
    errors.installedAt = ["The installation time cannot be in the future"];
  if (reviewDueAt <= now) errors.reviewDueAt = ["The review date must be in the future"];
  const [first] = Object.values(errors);
  if (first) throw new AppError("VALIDATION", first[0], errors);
  return {
    installedAt,
    tested: change.tested,
    controlRoomRef: change.controlRoomRef,
    reviewDueAt,
    unitId: change.unitId,
  };
}

const sameReference = (a: string, b: string) =>
  a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();

/** The control room confirms the link: the reference is the one in its system and the device rang through. */
function confirmLiveData(
  change: TransitionInput,
  request: TransitionRequest,
  now: Date,
): Prisma.AlarmRequestUncheckedUpdateManyInput {
  const errors: Record<string, string[]> = {};
  if (!change.controlRoomRef)
    errors.controlRoomRef = ["Enter the reference the control room's system holds for this device"];
  else if (!request.controlRoomRef || !sameReference(change.controlRoomRef, request.controlRoomRef))
    errors.controlRoomRef = [
      "That reference does not match the one the installer recorded: check the device before confirming",
    ];
  if (change.rangThrough !== true)
    errors.rangThrough = ["Confirm only once a test call from the device has rung through to the control room"];
  const [first] = Object.values(errors);
  if (first) throw new AppError("VALIDATION", first[0], errors);
  return { liveConfirmedAt: now };
}
