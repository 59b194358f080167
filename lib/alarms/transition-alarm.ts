import "server-only";
import { alarmScope, NOT_VISIBLE, requireAlarmActor } from "@/lib/alarms/access";
import { alarmConfig } from "@/lib/alarms/config";
import { transitionSchema, type TransitionInput } from "@/lib/alarms/schemas";
import { checkTransition, type AlarmAction, type AlarmStatus } from "@/lib/alarms/transitions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AlarmType } from "@/lib/generated/prisma/enums";
import { uuidOrNotFound } from "@/lib/http/params";
import { DAY } from "@/lib/time";

const NOTE_REQUIRED: readonly AlarmAction[] = ["approve", "reject", "withdraw", "extend", "order-removal"];

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

type Request = {
  id: string;
  number: string;
  status: AlarmStatus;
  requestedById: string;
  alarmType: AlarmType;
  reviewDueAt: Date | null;
  unitId: string | null;
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
    },
  });
  if (!request) throw new AppError("NOT_FOUND", NOT_VISIBLE);
  const change = parseInput(transitionSchema, input);
  const check = checkTransition(change.action, request.status, {
    roles: user.roles,
    isRequester: request.requestedById === user.id,
  });
  if (!check.ok) throw new AppError(check.code, check.message);
  if (NOTE_REQUIRED.includes(change.action) && !change.note) throw invalid("note", "Give the reason for this decision");
  const data = transitionData(change, request, now);
  if (change.unitId && !(await db.alarmUnit.findUnique({ where: { id: change.unitId }, select: { id: true } }))) {
    throw invalid("unitId", "There is no unit with that id: choose a unit from stock");
  }
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.alarmRequest.updateMany({
        where: { id, status: request.status },
        data: { ...data, status: check.to },
      });
      if (count === 0)
        throw new AppError(
          "CONFLICT",
          "Someone else acted on this request at the same time: reload it to see where it stands.",
        );
      const unitId = await moveUnit(tx, user, change, request, now);
      await tx.alarmTransition.create({
        data: {
          requestId: id,
          action: change.action,
          fromStatus: request.status,
          toStatus: check.to,
          note: change.note,
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
  return db.alarmRequest.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      number: true,
      status: true,
      decidedAt: true,
      installedAt: true,
      reviewDueAt: true,
      removedAt: true,
      closedAt: true,
      unitId: true,
    },
  });
}

function transitionData(
  change: TransitionInput,
  request: Request,
  now: Date,
): Prisma.AlarmRequestUncheckedUpdateManyInput {
  switch (change.action) {
    case "approve":
    case "reject":
      return { decidedAt: now };
    case "install": {
      if (!change.unitId) throw invalid("unitId", "Choose the unit fitted, from stock");
      if (!change.controlRoomRef)
        throw invalid(
          "controlRoomRef",
          "Enter the control-room reference: the alarm cannot be recorded as installed without it",
        );
      const installedAt = change.installedAt ?? now;
      if (installedAt.getTime() > now.getTime() + 5 * 60_000)
        throw invalid("installedAt", "The installation time cannot be in the future");
      const reviewDueAt = change.reviewDueAt ?? new Date(installedAt.getTime() + alarmConfig().ALARM_REVIEW_DAYS * DAY);
      if (reviewDueAt <= now) throw invalid("reviewDueAt", "The review date must be in the future");
      return {
        installedAt,
        tested: change.tested ?? true,
        controlRoomRef: change.controlRoomRef,
        reviewDueAt,
        unitId: change.unitId,
      };
    }
    case "extend": {
      if (!change.reviewDueAt) throw invalid("reviewDueAt", "Enter the new review date");
      if (change.reviewDueAt <= now) throw invalid("reviewDueAt", "The new review date must be in the future");
      if (change.reviewDueAt.getTime() > now.getTime() + alarmConfig().maxPeriodDays * DAY) {
        throw invalid("reviewDueAt", `The next review must be within ${alarmConfig().maxPeriodDays} days`);
      }
      return { reviewDueAt: change.reviewDueAt };
    }
    case "remove":
      if (!change.unitCondition)
        throw invalid("unitCondition", "Say whether the unit came back in good order or faulty");
      return { removedAt: now };
    case "close":
      return { closedAt: now };
    default:
      return {};
  }
}

/** Installation takes the unit from stock; removal returns it or marks it faulty; both are custody moves. */
async function moveUnit(
  tx: Tx,
  user: CurrentUser,
  change: TransitionInput,
  request: Request,
  now: Date,
): Promise<string | null> {
  if (change.action !== "install" && change.action !== "remove") return request.unitId;
  const isInstall = change.action === "install";
  const unitId = isInstall ? change.unitId! : request.unitId;
  if (!unitId) throw new AppError("CONFLICT", "No unit is recorded against this request.");
  const status = isInstall ? "INSTALLED" : change.unitCondition === "FAULTY" ? "FAULTY" : "IN_STOCK";
  const { count } = await tx.alarmUnit.updateMany({
    where: isInstall
      ? { id: unitId, status: "IN_STOCK", type: request.alarmType }
      : { id: unitId, status: "INSTALLED" },
    data: { status },
  });
  if (count === 0) {
    throw isInstall
      ? new AppError(
          "CONFLICT",
          "That unit is no longer in stock, or is not the type of alarm approved: choose another.",
          {
            unitId: ["Choose a unit that is in stock and of the approved type"],
          },
        )
      : new AppError("CONFLICT", "The unit is not recorded as installed.");
  }
  const kind = isInstall ? "INSTALLED" : status === "FAULTY" ? "MARKED_FAULTY" : "RETURNED";
  const unit = await tx.alarmUnit.findUniqueOrThrow({ where: { id: unitId }, select: { assetTag: true } });
  await tx.unitMovement.create({ data: { unitId, kind, requestId: request.id, actorId: user.id, occurredAt: now } });
  await recordAuditEvent(tx, {
    type: "unit.moved",
    actorId: user.id,
    entityType: "AlarmUnit",
    entityId: unitId,
    payload: { assetTag: unit.assetTag, kind, requestNumber: request.number, status },
  });
  return unitId;
}
