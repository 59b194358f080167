import { auditKey, auditMac } from "@/lib/audit/audit-key";
import { chainPendingAuditEvents } from "@/lib/audit/chain-audit-events";
import type { Db } from "@/lib/db";

export const SEAL_GENESIS = "GENESIS";

type Head = { id: bigint; hash: string; chainSeq: bigint };
export type Seal = { id: bigint; headId: bigint; headHash: string; count: bigint; prevMac: string; mac: string };

export function sealMac(key: string, seal: Omit<Seal, "id" | "mac">): string {
  return auditMac(key, "seal", seal.prevMac, seal.headId, seal.headHash, seal.count);
}

/**
 * Links what has committed into the chain, then seals the chain's head: an HMAC, keyed outside the
 * database, of the last chained event's hash and the number of events chained so far, chained to
 * the seal before. One sealer at a time (a transaction-scoped advisory lock); the count is kept
 * incrementally, never by counting the table.
 */
export async function sealAuditChain(client: Db, key = auditKey()): Promise<Seal | null> {
  await chainPendingAuditEvents(client);
  return client.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<
      { locked: boolean }[]
    >`SELECT pg_try_advisory_xact_lock(hashtext('AuditSeal.writer')) AS locked`;
    if (!locked) return null;
    const last = await tx.auditSeal.findFirst({ orderBy: { id: "desc" } });
    const [head] = await tx.$queryRaw<Head[]>`
      SELECT "id", "hash", "chainSeq" FROM "AuditEvent" WHERE "chainSeq" IS NOT NULL ORDER BY "chainSeq" DESC LIMIT 1`;
    if (!head || last?.headId === head.id) return null;
    const [{ added }] = await tx.$queryRaw<{ added: bigint }[]>`
      SELECT count(*) AS added FROM "AuditEvent"
      WHERE "chainSeq" > coalesce((SELECT "chainSeq" FROM "AuditEvent" WHERE "id" = ${last?.headId ?? -1n}), 0)
        AND "chainSeq" <= ${head.chainSeq}`;
    const seal = {
      headId: head.id,
      headHash: head.hash,
      count: (last?.count ?? 0n) + added,
      prevMac: last?.mac ?? SEAL_GENESIS,
    };
    return tx.auditSeal.create({ data: { ...seal, mac: sealMac(key, seal) } });
  });
}
