import "server-only";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ResponseLevel } from "@/lib/levels/response-levels";

/** What a site's posture is read from: its stored level and any override. */
export const SITE_LEVEL_SELECT = {
  effectiveLevel: true,
  effectiveSince: true,
  version: true,
  overrideLevel: true,
  overrideExpiresAt: true,
} as const;

export type ForceState = { level: ResponseLevel; since: Date; version: number; reason: string; reviewBy: Date | null };

const FORCE_SELECT = { level: true, since: true, version: true, reason: true, reviewBy: true } as const;

/** The migration creates the one row; it is recreated only if someone removed it by hand. */
export async function readForceLevel(client: Db | Tx): Promise<ForceState> {
  return (
    (await client.forceLevel.findUnique({ where: { id: 1 }, select: FORCE_SELECT })) ??
    client.forceLevel.upsert({ where: { id: 1 }, create: { id: 1 }, update: {}, select: FORCE_SELECT })
  );
}

/**
 * Holds the force level for the rest of the transaction: site changes share the lock, a force
 * change takes it exclusively, so an override is never judged against a force level being replaced.
 */
export async function lockForceLevel(tx: Tx, mode: "share" | "update"): Promise<ForceState> {
  const rows =
    mode === "share"
      ? await tx.$queryRaw<
          ForceState[]
        >`SELECT "level"::text AS "level", "since", "version", "reason", "reviewBy" FROM "ForceLevel" WHERE "id" = 1 FOR SHARE`
      : await tx.$queryRaw<
          ForceState[]
        >`SELECT "level"::text AS "level", "since", "version", "reason", "reviewBy" FROM "ForceLevel" WHERE "id" = 1 FOR UPDATE`;
  return rows[0] ?? (await readForceLevel(tx));
}

/** A force-wide change writes thousands of rows in one transaction. */
export const LONG_TRANSACTION = { timeout: 60_000, maxWait: 30_000 } as const;

export const STALE_MESSAGE =
  "Someone else changed the response level while you were deciding. Review the current level and try again.";

/** Thrown inside the transaction; `changeResponseLevel` answers it with the current state. */
export class StaleVersionError extends AppError {
  constructor() {
    super("CONFLICT", STALE_MESSAGE);
  }
}
