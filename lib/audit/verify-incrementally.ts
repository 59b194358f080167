import { auditKey } from "@/lib/audit/audit-key";
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

type Verified = { headId: bigint; headHash: string; count: bigint; sealId: bigint; sealMac: string };
type BatchRow = { checked: bigint; first_broken: bigint | null; last_id: bigint | null; last_hash: string | null };

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
  return client.$transaction(
    async (tx) => {
      const [state] = await tx.$queryRaw<(Verified & { isIntact: boolean })[]>`
        SELECT "headId", "headHash", "count", "sealId", "sealMac", "isIntact"
        FROM "AuditVerification" WHERE "id" = 1 FOR UPDATE`;
      if (!state.isIntact) return readState(tx);
      const problems: TrailProblem[] = [];
      const verified = { ...state };
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
  const [head] = await tx.$queryRaw<{ hash: string; position: bigint }[]>`
    SELECT "hash", (SELECT count(*) FROM "AuditEvent" WHERE "id" <= ${verified.headId}) AS "position"
    FROM "AuditEvent" WHERE "id" = ${verified.headId}`;
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
      what: `${verified.count} events were verified up to it; the log now holds ${head.position}`,
    });
}

/** Each newer event, in id order, in batches: its hash, and its link to the one before. */
async function checkNewEvents(tx: Tx, verified: Verified, problems: TrailProblem[]): Promise<bigint | null> {
  for (;;) {
    const [batch] = await tx.$queryRaw<BatchRow[]>`
      WITH batch AS (
        SELECT * FROM "AuditEvent" WHERE "id" > ${verified.headId} ORDER BY "id" LIMIT ${BATCH}
      ), chain AS (
        SELECT "id", "hash", "prevHash",
          audit_event_hash("prevHash", "id", "occurredAt", "actorId", "type", "entityType", "entityId", "payload") AS expected,
          lag("hash", 1, ${verified.headHash}) OVER (ORDER BY "id") AS previous
        FROM batch
      ), last AS (SELECT "id", "hash" FROM chain ORDER BY "id" DESC LIMIT 1)
      SELECT count(*) AS checked,
        min(chain."id") FILTER (WHERE chain."hash" <> chain.expected OR chain."prevHash" <> chain.previous) AS first_broken,
        (SELECT "id" FROM last) AS last_id, (SELECT "hash" FROM last) AS last_hash
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
    const [head] = await tx.$queryRaw<{ hash: string; position: bigint }[]>`
      SELECT "hash", (SELECT count(*) FROM "AuditEvent" WHERE "id" <= ${seal.headId}) AS "position"
      FROM "AuditEvent" WHERE "id" = ${seal.headId}`;
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
