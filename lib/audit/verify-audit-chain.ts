import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type ChainReport = { isIntact: boolean; checked: number; firstBrokenId: string | null };

/** Recomputes every hash in id order; an edited, removed or reordered row breaks the chain. */
export async function verifyAuditChain(user: CurrentUser): Promise<ChainReport> {
  requirePermission(user, "audit.view");
  const rows = await db.$queryRaw<{ checked: bigint; first_broken: bigint | null }[]>`
    WITH chain AS (
      SELECT "id", "hash", "prevHash",
        audit_event_hash("prevHash", "id", "occurredAt", "actorId", "type", "entityType", "entityId", "payload") AS expected,
        lag("hash", 1, 'GENESIS') OVER (ORDER BY "id") AS previous
      FROM "AuditEvent"
    )
    SELECT count(*) AS checked,
      min("id") FILTER (WHERE "hash" <> expected OR "prevHash" <> previous) AS first_broken
    FROM chain`;
  const { checked, first_broken } = rows[0];
  return { isIntact: first_broken === null, checked: Number(checked), firstBrokenId: first_broken?.toString() ?? null };
}
