import { auditKey, auditMac } from "@/lib/audit/audit-key";
import type { Db } from "@/lib/db";

export const SEAL_GENESIS = "GENESIS";

type Head = { id: bigint; hash: string };
export type Seal = { id: bigint; headId: bigint; headHash: string; count: bigint; prevMac: string; mac: string };

export function sealMac(key: string, seal: Omit<Seal, "id" | "mac">): string {
  return auditMac(key, "seal", seal.prevMac, seal.headId, seal.headHash, seal.count);
}

/**
 * Seals the audit chain's head: an HMAC, keyed outside the database, of the newest event's hash
 * and the number of events so far, chained to the seal before. One writer at a time (a
 * transaction-scoped advisory lock); the count is kept incrementally, never by counting the table.
 * Committed audit events are always a prefix of the id order (the chain's lock serialises writers).
 */
export async function sealAuditChain(client: Db, key = auditKey()): Promise<Seal | null> {
  return client.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<
      { locked: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(hashtext('AuditSeal.writer')) AS locked`;
    if (!locked) return null;
    const last = await tx.auditSeal.findFirst({ orderBy: { id: "desc" } });
    const [head] = await tx.$queryRaw<Head[]>`SELECT "id", "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1`;
    if (!head || (last && last.headId >= head.id)) return null;
    const [{ added }] = await tx.$queryRaw<{ added: bigint }[]>`
      SELECT count(*) AS added FROM "AuditEvent" WHERE "id" > ${last?.headId ?? -1n} AND "id" <= ${head.id}`;
    const seal = {
      headId: head.id,
      headHash: head.hash,
      count: (last?.count ?? 0n) + added,
      prevMac: last?.mac ?? SEAL_GENESIS,
    };
    return tx.auditSeal.create({ data: { ...seal, mac: sealMac(key, seal) } });
  });
}
