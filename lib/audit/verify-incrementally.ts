import { auditKey } from "@/lib/audit/audit-key";
import { chainPendingAuditEvents } from "@/lib/audit/chain-audit-events";
import { sealMac } from "@/lib/audit/seal-audit-chain";
import type { TrailProblem } from "@/lib/audit/verify-audit-trail";
import type { Db, Tx } from "@/lib/db";

/** Events checked per query: a backlog is worked through in bounded steps. */
const BATCH = 50_000;

export type IntegrityState = {
  isIntact: boolean;
  /** Events verified so far, up to `headId`. */
  count: number;
  headId: string;
  firstBrokenId: string | null;
  problems: TrailProblem[];
  verifiedAt: Date;
};

type Verified = {
  headId: bigint;
  headHash: string;
  /** The verified head's place in the chain (0 before the first event). */
  headSeq: bigint;
  count: bigint;
  sealId: bigint;
  sealMac: string;
};
type BatchRow = {
  checked: bigint;
  first_broken: bigint | null;
  last_id: bigint | null;
  last_hash: string | null;
  last_seq: bigint | null;
};
type HeadRow = { hash: string; chainSeq: bigint | null; position: bigint };

/**
 * An event's hash and its place in the chain, which is also how many chained events go up to it:
 * places are consecutive from 1, and each check confirms that for the events it reads. Counting
 * the rows instead would read the whole index at every view; a gap left among events checked
 * before is found by the full check (`npm run audit:verify`), which counts.
 */
const readHead = (tx: Tx, id: bigint) => tx.$queryRaw<HeadRow[]>`
  SELECT "hash", "chainSeq", coalesce("chainSeq", 0) AS "position" FROM "AuditEvent" WHERE "id" = ${id}`;

/**
 * Verifies the audit trail from where the last check stopped (one row, `AuditVerification`):
 * that the event it stopped at still has its hash and place, that every newer event hashes and
 * links, and that every newer seal follows the last and carries a MAC that verifies. A failure
 * stays recorded until the trail is repaired; `npm run audit:verify` checks the whole trail.
 * Several servers may run it: the row is locked while a check runs.
 */
export async function verifyAuditIncrementally(
  client: Db,
  options: { key?: string } = {},
  now = new Date(),
): Promise<IntegrityState> {
  const key = options.key ?? auditKey();
  await chainPendingAuditEvents(client);
  return client.$transaction(
    async (tx) => {
      const [state] = await tx.$queryRaw<(Verified & { isIntact: boolean })[]>`
        SELECT "headId", "headHash", "count", "sealId", "sealMac", "isIntact"
        FROM "AuditVerification" WHERE "id" = 1 FOR UPDATE`;
      if (!state.isIntact) return readState(tx);
      const problems: TrailProblem[] = [];
      const verified = { ...state, headSeq: 0n };
      await checkVerifiedHead(tx, verified, problems);
      const firstBroken = problems.length ? null : await checkNewEvents(tx, verified, problems);
      if (!problems.length) await checkNewSeals(tx, verified, key, problems);
      await tx.auditVerification.update({
        where: { id: 1 },
        data: {
          ...(problems.length
            ? { isIntact: false, firstBrokenId: firstBroken, problems }
            : {
                headId: verified.headId,
                headHash: verified.headHash,
                count: verified.count,
                sealId: verified.sealId,
                sealMac: verified.sealMac,
              }),
          verifiedAt: now,
        },
      });
      return readState(tx);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** The event the last check stopped at still has its hash, and as many events before it. */
async function checkVerifiedHead(tx: Tx, verified: Verified, problems: TrailProblem[]) {
  if (verified.headId === 0n) return;
  const [head] = await readHead(tx, verified.headId);
  verified.headSeq = head?.chainSeq ?? 0n;
  const where = `event ${verified.headId}`;
  if (!head) problems.push({ where, what: "the last verified event is missing: the log was cut" });
  else if (head.hash !== verified.headHash)
    problems.push({
      where,
      what: "the last verified event no longer has its hash: the chain was edited and re-hashed",
    });
  else if (head.position !== verified.count)
    problems.push({
      where,
      what: `${verified.count} events were verified up to it; it now stands at place ${head.position}`,
    });
}

/** Each newer event, in chain order, in batches: its hash, and its link to the one before. */
async function checkNewEvents(tx: Tx, verified: Verified, problems: TrailProblem[]): Promise<bigint | null> {
  for (;;) {
    const [batch] = await tx.$queryRaw<BatchRow[]>`
      WITH batch AS (
        SELECT * FROM "AuditEvent" WHERE "chainSeq" > ${verified.headSeq} ORDER BY "chainSeq" LIMIT ${BATCH}
      ), chain AS (
        SELECT "id", "hash", "prevHash", "chainSeq",
          audit_event_hash("prevHash", "id", "occurredAt", "actorId", "type", "entityType", "entityId", "payload") AS expected,
          lag("hash", 1, ${verified.headHash}) OVER (ORDER BY "chainSeq") AS previous,
          lag("chainSeq", 1, ${verified.headSeq}) OVER (ORDER BY "chainSeq") AS previous_seq
        FROM batch
      ), last AS (SELECT "id", "hash", "chainSeq" FROM chain ORDER BY "chainSeq" DESC LIMIT 1)
      SELECT count(*) AS checked,
        (array_agg(chain."id" ORDER BY chain."chainSeq") FILTER (
          WHERE chain."hash" <> chain.expected OR chain."prevHash" <> chain.previous
            OR chain."chainSeq" <> chain.previous_seq + 1))[1] AS first_broken,
        (SELECT "id" FROM last) AS last_id, (SELECT "hash" FROM last) AS last_hash,
        (SELECT "chainSeq" FROM last) AS last_seq
      FROM chain`;
    if (batch.first_broken !== null) {
      problems.push({
        where: `event ${batch.first_broken}`,
        what: "its hash or its link to the event before does not match: edited, removed or reordered",
      });
      return batch.first_broken;
    }
    if (batch.checked === 0n) return null;
    verified.headId = batch.last_id!;
    verified.headHash = batch.last_hash!;
    verified.headSeq = batch.last_seq!;
    verified.count += batch.checked;
  }
}

/** Each newer seal follows the last verified one, its MAC verifies, and it vouches for events as they are. */
async function checkNewSeals(tx: Tx, verified: Verified, key: string, problems: TrailProblem[]) {
  const seals = await tx.auditSeal.findMany({ where: { id: { gt: verified.sealId } }, orderBy: { id: "asc" } });
  for (const seal of seals) {
    const where = `seal ${seal.id}`;
    if (seal.prevMac !== verified.sealMac)
      problems.push({ where, what: "it does not follow the seal before: a seal was removed" });
    if (seal.mac !== sealMac(key, seal))
      problems.push({ where, what: "its MAC does not verify with the audit key: forged or altered" });
    const [head] = await readHead(tx, seal.headId);
    if (!head || head.hash !== seal.headHash || head.position !== seal.count)
      problems.push({ where, what: `the events no longer match what it vouches for up to event ${seal.headId}` });
    if (problems.length) return;
    verified.sealId = seal.id;
    verified.sealMac = seal.mac;
  }
}

async function readState(tx: Tx): Promise<IntegrityState> {
  const row = await tx.auditVerification.findUniqueOrThrow({ where: { id: 1 } });
  return {
    isIntact: row.isIntact,
    count: Number(row.count),
    headId: row.headId.toString(),
    firstBrokenId: row.firstBrokenId?.toString() ?? null,
    problems: row.problems as TrailProblem[],
    verifiedAt: row.verifiedAt,
  };
}
