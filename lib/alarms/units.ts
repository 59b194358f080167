import "server-only";
import { requireUnitAccess } from "@/lib/alarms/access";
import { alarmUnitSchema, listUnitsSchema } from "@/lib/alarms/schemas";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { uuidOrNotFound } from "@/lib/http/params";

export async function listAlarmUnits(user: CurrentUser, filter: unknown = {}) {
  requireUnitAccess(user);
  const { status } = parseInput(listUnitsSchema, filter);
  return db.alarmUnit.findMany({
    where: status ? { status } : {},
    orderBy: { assetTag: "asc" },
    select: { id: true, assetTag: true, type: true, status: true },
  });
}

export async function addAlarmUnit(user: CurrentUser, input: unknown) {
  requirePermission(user, "unit.manage");
  const unit = parseInput(alarmUnitSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.alarmUnit.create({
        data: unit,
        select: { id: true, assetTag: true, type: true, status: true },
      });
      await tx.unitMovement.create({ data: { unitId: created.id, kind: "RECEIVED", actorId: user.id } });
      await recordAuditEvent(tx, {
        type: "unit.added",
        actorId: user.id,
        entityType: "AlarmUnit",
        entityId: created.id,
        payload: unit,
      });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("VALIDATION", "That asset tag is already in the inventory.", {
        assetTag: ["That asset tag is already in the inventory"],
      });
    }
    throw error;
  }
}

/** A unit and its custody history: where it went, by whose hand, when. Request numbers only. */
export async function readAlarmUnit(user: CurrentUser, id: string) {
  requireUnitAccess(user);
  uuidOrNotFound(id, "There is no such unit.");
  const unit = await db.alarmUnit.findUnique({
    where: { id },
    select: {
      id: true,
      assetTag: true,
      type: true,
      status: true,
      createdAt: true,
      movements: {
        orderBy: { occurredAt: "desc" },
        select: {
          id: true,
          kind: true,
          occurredAt: true,
          request: { select: { id: true, number: true } },
          actor: { select: { displayName: true } },
        },
      },
    },
  });
  if (!unit) throw new AppError("NOT_FOUND", "There is no such unit.");
  return unit;
}
