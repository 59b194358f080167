import "server-only";
import { alarmUnitSchema } from "@/lib/alarms/schemas";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

function requireUnitAccess(user: CurrentUser) {
  if (!can(user.roles, "unit.manage") && !can(user.roles, "alarm.decide")) throw new AppError("FORBIDDEN", "You do not have access to the alarm inventory.");
}

export async function listAlarmUnits(user: CurrentUser, filter: { status?: string } = {}) {
  requireUnitAccess(user);
  const status = ["IN_STOCK", "INSTALLED", "FAULTY", "RETIRED"].includes(filter.status ?? "") ? (filter.status as "IN_STOCK") : undefined;
  return db.alarmUnit.findMany({ where: status ? { status } : {}, orderBy: { assetTag: "asc" }, select: { id: true, assetTag: true, type: true, status: true } });
}

export async function addAlarmUnit(user: CurrentUser, input: unknown) {
  requirePermission(user, "unit.manage");
  const unit = parseInput(alarmUnitSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.alarmUnit.create({ data: unit, select: { id: true, assetTag: true, type: true, status: true } });
      await tx.unitMovement.create({ data: { unitId: created.id, kind: "RECEIVED", actorId: user.id } });
      await recordAuditEvent(tx, { type: "unit.added", actorId: user.id, entityType: "AlarmUnit", entityId: created.id, payload: unit });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("VALIDATION", "That asset tag is already in the inventory.", { assetTag: ["That asset tag is already in the inventory"] });
    }
    throw error;
  }
}

/** A unit and its custody history: where it went, by whose hand, when. Request numbers only. */
export async function readAlarmUnit(user: CurrentUser, id: string) {
  requireUnitAccess(user);
  const unit = await db.alarmUnit.findUnique({
    where: { id },
    select: {
      id: true, assetTag: true, type: true, status: true, createdAt: true,
      movements: { orderBy: { occurredAt: "desc" }, select: { id: true, kind: true, occurredAt: true, request: { select: { id: true, number: true } }, actor: { select: { displayName: true } } } },
    },
  });
  if (!unit) throw new AppError("NOT_FOUND", "There is no such unit.");
  return unit;
}
