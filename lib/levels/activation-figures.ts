import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** What an activation cost and how fast its checklist was worked, measured from its items. */
export type ActivationFigures = {
  activationId: string;
  daysAtLevel: number;
  /** Items implemented while this activation was open (carried-over decisions are not counted). */
  implemented: number;
  notImplemented: number;
  averageHoursToImplement: number | null;
  longestHoursToImplement: number | null;
  /** Each implemented option's officer-hours and cost per day, for the days it was in force. */
  officerHours: number;
  cost: number;
};

/**
 * Per-activation figures for the activations `a` matching `where`, as a query to run or to
 * aggregate. An item counts from the later of its implementation and the activation's opening
 * until the activation closed (or `now`).
 */
export function activationFiguresSql(where: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT a."id" AS "activationId",
      (EXTRACT(EPOCH FROM (coalesce(a."closedAt", ${now}) - a."openedAt")) / 86400.0)::float8 AS "daysAtLevel",
      count(i."id") FILTER (WHERE i."implementedAt" >= a."openedAt")::int AS "implemented",
      count(i."id") FILTER (WHERE i."status" = 'NOT_IMPLEMENTED')::int AS "notImplemented",
      (avg(EXTRACT(EPOCH FROM (i."implementedAt" - a."openedAt")) / 3600.0) FILTER (WHERE i."implementedAt" >= a."openedAt"))::float8 AS "averageHoursToImplement",
      (max(EXTRACT(EPOCH FROM (i."implementedAt" - a."openedAt")) / 3600.0) FILTER (WHERE i."implementedAt" >= a."openedAt"))::float8 AS "longestHoursToImplement",
      coalesce(sum(o."officerHoursPerDay" * f.days) FILTER (WHERE i."status" = 'IMPLEMENTED'), 0)::float8 AS "officerHours",
      coalesce(sum(o."costPerDay" * f.days) FILTER (WHERE i."status" = 'IMPLEMENTED'), 0)::float8 AS "cost"
    FROM "Activation" a
    LEFT JOIN "ChecklistItem" i ON i."activationId" = a."id"
    LEFT JOIN "PolicyOption" o ON o."id" = i."optionId"
    LEFT JOIN LATERAL (
      SELECT GREATEST(0, EXTRACT(EPOCH FROM (coalesce(a."closedAt", ${now}) - GREATEST(i."implementedAt", a."openedAt"))) / 86400.0) AS days
    ) f ON true
    WHERE ${where}
    GROUP BY a."id"`;
}

export const roundFigures = <T extends { officerHours: number; cost: number }>(row: T): T => ({
  ...row,
  officerHours: Math.round(row.officerHours * 10) / 10,
  cost: Math.round(row.cost),
});

/** The figures of the given activations, in one grouped query. */
export async function activationFigures(
  activationIds: readonly string[],
  now: Date,
  client: Tx | Db = db,
): Promise<Map<string, ActivationFigures>> {
  if (activationIds.length === 0) return new Map();
  const rows = await client.$queryRaw<ActivationFigures[]>(
    activationFiguresSql(Prisma.sql`a."id" = ANY(${[...activationIds]}::uuid[])`, now),
  );
  return new Map(rows.map((row) => [row.activationId, roundFigures(row)]));
}
