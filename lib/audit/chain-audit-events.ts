import type { Db } from "@/lib/db";

const BATCH = 10_000;

/**
 * Links committed, unchained audit events into the hash chain, in batches, through the database's
 * one chaining writer (`audit_chain_pending`, docs/decisions/018-writes-without-a-global-lock.md).
 * Answers how many it linked; when another process is chaining at that moment it leaves it to them.
 */
export async function chainPendingAuditEvents(client: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const [{ chained }] = await client.$queryRaw<
      { chained: number }[]
    >`SELECT audit_chain_pending(${BATCH}) AS chained`;
    if (chained < 0) return total;
    total += chained;
    if (chained < BATCH) return total;
  }
}
