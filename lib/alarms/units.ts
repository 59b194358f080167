import "server-only";
import { requireUnitAccess } from "@/lib/alarms/access";
import { alarmUnitSchema, listUnitsSchema } from "@/lib/alarms/schemas";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { uuidOrNotFound } from "@/lib/http/params";

/** Units from stock of one type, for an installer choosing what to fit: never more than a form can offer. */
export async function listAlarmUnits(user: CurrentUser, filter: unknown = {}) {
  return (await pageAlarmUnits(user, { ...(filter as object), pageSize: 200 })).items;
}

export const UNIT_PAGE_SIZE = 50;

/** The inventory a page at a time, with the count in each status (one grouped query). */
export async function pageAlarmUnits(user: CurrentUser, filter: unknown = {}) {
  requireUnitAccess(user);
  const { tag, status, type, page, pageSize } = parseInput(listUnitsSchema, filter);
  const where = {
    ...(tag && { assetTag: { startsWith: tag.toUpperCase() } }),
    ...(status && { status }),
    ...(type && { type }),
  };
  const [items, total, byStatus] = await Promise.all([
    db.alarmUnit.findMany({
      where,
      orderBy: { assetTag: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, assetTag: true, type: true, status: true },
    }),
    db.alarmUnit.count({ where }),
    db.alarmUnit.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
  ]);
  const counts = Object.fromEntries(byStatus.map((group) => [group.status, group._count._all]));
  return { items, page, pageSize, total, counts };
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
          note: true,
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
