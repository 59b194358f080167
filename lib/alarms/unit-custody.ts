import "server-only";
import { requireUnitAccess } from "@/lib/alarms/access";
import { assetTagSchema, unitMoveSchema, type TransitionInput } from "@/lib/alarms/schemas";
import type { TransitionRequest } from "@/lib/alarms/transition-alarm";
import { checkUnitMove, NOTE_REQUIRED_FOR } from "@/lib/alarms/unit-moves";
import { FITTED_STATUSES } from "@/lib/alarms/transitions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import type { UnitMovementKind, UnitStatus } from "@/lib/generated/prisma/enums";
import { uuidOrNotFound } from "@/lib/http/params";

type Movement = {
  unitId: string;
  assetTag: string;
  kind: UnitMovementKind;
  status: UnitStatus;
  requestId?: string;
  requestNumber?: string;
  note?: string;
};

/** One line of a unit's custody history, and its audit event. */
async function recordMovement(tx: Tx, user: CurrentUser, movement: Movement, now: Date) {
  const { unitId, kind, requestId, note, assetTag, status, requestNumber } = movement;
  await tx.unitMovement.create({ data: { unitId, kind, requestId, note, actorId: user.id, occurredAt: now } });
  await recordAuditEvent(tx, {
    type: "unit.moved",
    actorId: user.id,
    entityType: "AlarmUnit",
    entityId: unitId,
    payload: { assetTag, kind, requestNumber: requestNumber ?? null, status },
  });
}

/**
 * Installation takes the unit from stock; removal returns it or marks it faulty. A unit reported
 * lost while fitted stays lost: the removal is recorded without it.
 */
export async function moveUnitWithRequest(
  tx: Tx,
  user: CurrentUser,
  change: TransitionInput,
  request: TransitionRequest,
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
    if (isInstall)
      throw new AppError(
        "CONFLICT",
        "That unit is no longer in stock, or is not the type of alarm approved: choose another.",
        { unitId: ["Choose a unit that is in stock and of the approved type"] },
      );
    const lost = await tx.alarmUnit.findFirst({ where: { id: unitId, status: "LOST" }, select: { id: true } });
    if (lost) return unitId;
    throw new AppError("CONFLICT", "The unit is not recorded as installed.");
  }
  const kind = isInstall ? "INSTALLED" : status === "FAULTY" ? "MARKED_FAULTY" : "RETURNED";
  const unit = await tx.alarmUnit.findUniqueOrThrow({ where: { id: unitId }, select: { assetTag: true } });
  await recordMovement(
    tx,
    user,
    { unitId, assetTag: unit.assetTag, kind, status, requestId: request.id, requestNumber: request.number },
    now,
  );
  return unitId;
}

/**
 * `POST /api/alarm-units/{id}/moves` `{to, note}`: repair, loss, finding and retirement. A fitted
 * unit reported lost puts its alarm in the approver's "needs attention" queue.
 */
export async function moveAlarmUnit(user: CurrentUser, id: string, input: unknown, now = new Date()) {
  requirePermission(user, "unit.manage");
  uuidOrNotFound(id, "There is no such unit.");
  const unit = await db.alarmUnit.findUnique({ where: { id }, select: { id: true, assetTag: true, status: true } });
  if (!unit) throw new AppError("NOT_FOUND", "There is no such unit.");
  const { to, note } = parseInput(unitMoveSchema, input);
  const check = checkUnitMove(unit.status, to);
  if (!check.ok) throw new AppError("CONFLICT", check.message);
  if (NOTE_REQUIRED_FOR.includes(to) && !note) {
    const message = to === "LOST" ? "Say when and where the unit was last seen" : "Say why the unit is retired";
    throw new AppError("VALIDATION", message, { note: [message] });
  }
  const fittedAt = await db.alarmRequest.findFirst({
    where: { unitId: id, status: { in: [...FITTED_STATUSES] } },
    select: { id: true, number: true },
  });
  if (unit.status === "LOST" && fittedAt)
    throw new AppError(
      "CONFLICT",
      `The unit is still recorded as fitted for ${fittedAt.number}: record its removal before returning it to stock.`,
    );
  await db.$transaction(async (tx) => {
    const { count } = await tx.alarmUnit.updateMany({ where: { id, status: unit.status }, data: { status: to } });
    if (count === 0)
      throw new AppError("CONFLICT", "Someone else moved this unit at the same time: reload it to see where it is.");
    const request = unit.status === "INSTALLED" ? fittedAt : null;
    if (request) await tx.alarmRequest.update({ where: { id: request.id }, data: { attentionSince: now } });
    await recordMovement(
      tx,
      user,
      {
        unitId: id,
        assetTag: unit.assetTag,
        kind: check.kind,
        status: to,
        note,
        requestId: request?.id,
        requestNumber: request?.number,
      },
      now,
    );
  });
  return db.alarmUnit.findUniqueOrThrow({
    where: { id },
    select: { id: true, assetTag: true, type: true, status: true },
  });
}

/** Units the inventory says are in the store: what a stocktake expects to find. */
const IN_STORE: UnitStatus[] = ["IN_STOCK", "FAULTY"];

export async function startStocktake(user: CurrentUser, now = new Date()) {
  requirePermission(user, "unit.manage");
  return db.$transaction(async (tx) => {
    const stocktake = await tx.stocktake.create({
      data: { startedById: user.id, startedAt: now },
      select: { id: true, startedAt: true },
    });
    await recordAuditEvent(tx, {
      type: "stocktake.started",
      actorId: user.id,
      entityType: "Stocktake",
      entityId: stocktake.id,
      payload: {},
    });
    return stocktake;
  });
}

async function openStocktake(id: string) {
  uuidOrNotFound(id, "There is no such stocktake.");
  const stocktake = await db.stocktake.findUnique({ where: { id }, select: { id: true, finishedAt: true } });
  if (!stocktake) throw new AppError("NOT_FOUND", "There is no such stocktake.");
  return stocktake;
}

/** A tag scanned or typed: found in the store. Scanning the same tag twice counts it once. */
export async function scanAssetTag(user: CurrentUser, id: string, input: unknown) {
  requirePermission(user, "unit.manage");
  const stocktake = await openStocktake(id);
  if (stocktake.finishedAt) throw new AppError("CONFLICT", "This stocktake is finished: start a new one.");
  const { assetTag } = parseInput(assetTagSchema, input);
  await db.stocktakeScan.createMany({ data: [{ stocktakeId: id, assetTag }], skipDuplicates: true });
  return { assetTag };
}

/**
 * What the count found against the inventory: units that should be in the store and were not
 * scanned (missing), and tags scanned that the inventory does not place there (unexpected).
 */
export async function readStocktake(user: CurrentUser, id: string) {
  requireUnitAccess(user);
  await openStocktake(id);
  const stocktake = await db.stocktake.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      startedAt: true,
      finishedAt: true,
      startedBy: { select: { displayName: true } },
      scans: { orderBy: { scannedAt: "desc" }, select: { assetTag: true, scannedAt: true } },
    },
  });
  const scanned = stocktake.scans.map((scan) => scan.assetTag);
  const [missing, scannedUnits] = await Promise.all([
    db.alarmUnit.findMany({
      where: { status: { in: IN_STORE }, assetTag: { notIn: scanned } },
      orderBy: { assetTag: "asc" },
      select: { id: true, assetTag: true, type: true, status: true },
    }),
    db.alarmUnit.findMany({ where: { assetTag: { in: scanned } }, select: { id: true, assetTag: true, status: true } }),
  ]);
  const known = new Map(scannedUnits.map((unit) => [unit.assetTag, unit]));
  const unexpected = scanned
    .filter((tag) => !IN_STORE.includes(known.get(tag)?.status ?? "RETIRED"))
    .map((tag) => ({ assetTag: tag, unit: known.get(tag) ?? null }))
    .sort((a, b) => a.assetTag.localeCompare(b.assetTag));
  return { ...stocktake, missing, unexpected, found: scanned.length - unexpected.length };
}

export async function finishStocktake(user: CurrentUser, id: string, now = new Date()) {
  requirePermission(user, "unit.manage");
  await openStocktake(id);
  const result = await readStocktake(user, id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.stocktake.updateMany({ where: { id, finishedAt: null }, data: { finishedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "This stocktake is already finished.");
    await recordAuditEvent(tx, {
      type: "stocktake.finished",
      actorId: user.id,
      entityType: "Stocktake",
      entityId: id,
      payload: {
        found: result.found,
        missing: result.missing.map((unit) => unit.assetTag),
        unexpected: result.unexpected.map((entry) => entry.assetTag),
      },
    });
  });
  return readStocktake(user, id);
}

/** The stocktakes, newest first, a page at a time. */
export async function listStocktakes(user: CurrentUser, take = 10) {
  requireUnitAccess(user);
  return db.stocktake.findMany({
    orderBy: { startedAt: "desc" },
    take,
    select: { id: true, startedAt: true, finishedAt: true, startedBy: { select: { displayName: true } } },
  });
}
