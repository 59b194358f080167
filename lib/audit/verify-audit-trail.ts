import { auditKey } from "@/lib/audit/audit-key";
import { chainPendingAuditEvents } from "@/lib/audit/chain-audit-events";
import type { ReadCheckpoint } from "@/lib/audit/checkpoints";
import { SEAL_GENESIS, sealMac } from "@/lib/audit/seal-audit-chain";
import type { Db } from "@/lib/db";

export type TrailProblem = { where: string; what: string };
export type TrailReport = {
  isIntact: boolean;
  events: number;
  seals: number;
  checkpoints: number;
  unsealed: number;
  firstBrokenId: string | null;
  problems: TrailProblem[];
};

type ChainRow = { checked: bigint; first_broken: bigint | null };
type HeadRow = { id: bigint; hash: string; position: bigint };

/**
 * Checks the whole audit trail: every event's hash and link (an edit or a reordering), every seal's
 * keyed MAC and link (a re-hash without the key), every seal's and checkpoint's head and count
 * against the events (a deleted or cut-off tail). Links what has committed first, so the check
 * covers every event. Prints nothing; says where each break is.
 */
export async function verifyAuditTrail(
  client: Db,
  options: { key?: string; checkpoints?: ReadCheckpoint[] } = {},
): Promise<TrailReport> {
  const key = options.key ?? auditKey();
  const checkpoints = options.checkpoints ?? [];
  const problems: TrailProblem[] = [];
  await chainPendingAuditEvents(client);
  const [chain] = await client.$queryRaw<ChainRow[]>`
    WITH chain AS (
      SELECT "id", "hash", "prevHash", "chainSeq",
        audit_event_hash("prevHash", "id", "occurredAt", "actorId", "type", "entityType", "entityId", "payload") AS expected,
        lag("hash", 1, 'GENESIS') OVER (ORDER BY "chainSeq") AS previous,
        lag("chainSeq", 1, 0::bigint) OVER (ORDER BY "chainSeq") AS previous_seq
      FROM "AuditEvent" WHERE "chainSeq" IS NOT NULL
    )
    SELECT count(*) AS checked,
      (array_agg("id" ORDER BY "chainSeq") FILTER (
        WHERE "hash" <> expected OR "prevHash" <> previous OR "chainSeq" <> previous_seq + 1))[1] AS first_broken
    FROM chain`;
  if (chain.first_broken !== null)
    problems.push({
      where: `event ${chain.first_broken}`,
      what: "its hash or its link to the event before does not match: edited, removed or reordered",
    });

  const seals = await client.auditSeal.findMany({ orderBy: { id: "asc" } });
  const headIds = [
    ...new Set([
      ...seals.map((seal) => seal.headId),
      ...checkpoints.flatMap((read) => (read.checkpoint ? [BigInt(read.checkpoint.headId)] : [])),
    ]),
  ];
  const heads = headIds.length
    ? await client.$queryRaw<HeadRow[]>`
        SELECT "id", "hash", "position" FROM (
          SELECT "id", "hash", row_number() OVER (ORDER BY "chainSeq") AS "position"
          FROM "AuditEvent" WHERE "chainSeq" IS NOT NULL
        ) numbered WHERE "id" = ANY(${headIds}::bigint[])`
    : [];
  const headById = new Map(heads.map((head) => [head.id.toString(), head]));
  const checkHead = (where: string, headId: string, headHash: string, count: string) => {
    const head = headById.get(headId);
    if (!head) problems.push({ where, what: `event ${headId}, the head it vouches for, is missing: the log was cut` });
    else if (head.hash !== headHash)
      problems.push({ where, what: `event ${headId} no longer has the hash it vouches for: the chain was re-hashed` });
    else if (head.position.toString() !== count)
      problems.push({
        where,
        what: `it vouches for ${count} events up to ${headId}, the log now holds ${head.position}`,
      });
  };

  let prevMac = SEAL_GENESIS;
  for (const seal of seals) {
    const where = `seal ${seal.id}`;
    if (seal.prevMac !== prevMac)
      problems.push({ where, what: "it does not follow the seal before: a seal was removed" });
    if (seal.mac !== sealMac(key, seal))
      problems.push({ where, what: "its MAC does not verify with the audit key: forged or altered" });
    checkHead(where, seal.headId.toString(), seal.headHash, seal.count.toString());
    prevMac = seal.mac;
  }
  for (const read of checkpoints) {
    const where = `checkpoint on line ${read.line}`;
    if (!read.checkpoint || !read.isSigned)
      problems.push({ where, what: "its signature does not verify with the audit key" });
    else checkHead(where, read.checkpoint.headId, read.checkpoint.headHash, read.checkpoint.count);
  }

  const lastSealed = seals.at(-1)?.count ?? 0n;
  const events = Number(chain.checked);
  return {
    isIntact: problems.length === 0,
    events,
    seals: seals.length,
    checkpoints: checkpoints.length,
    unsealed: Math.max(0, events - Number(lastSealed)),
    firstBrokenId: chain.first_broken?.toString() ?? null,
    problems,
  };
}
