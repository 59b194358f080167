import "server-only";
import { writeCheckpoint } from "@/lib/audit/checkpoints";
import { sealAuditChain } from "@/lib/audit/seal-audit-chain";
import { verifyAuditIncrementally } from "@/lib/audit/verify-incrementally";
import { db } from "@/lib/db";

const SEAL_DELAY_MS = 1_000;
const SEAL_SWEEP_MS = 30_000;
const CHECKPOINT_MS = 60 * 60_000;

type Sealer = { soon: () => void };
const globalForSealer = globalThis as unknown as { auditSealer?: Sealer };

/** After an audited change commits: seal the chain's head within a second (app servers only). */
export function sealSoon() {
  globalForSealer.auditSealer?.soon();
}

/**
 * Each app server seals the chain's head shortly after audited writes and every 30 seconds (then
 * verifies what is new), and writes a signed checkpoint of the newest seal every hour
 * (docs/decisions/010-security-controls.md, 016-audit-verification.md).
 */
export function startAuditSealer() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const seal = () =>
    sealAuditChain(db).catch((error) => {
      console.error("Sealing the audit chain failed", error);
      return null;
    });
  const checkpoint = async () => {
    try {
      await seal();
      const latest = await db.auditSeal.findFirst({ orderBy: { id: "desc" } });
      if (latest) writeCheckpoint(latest);
    } catch (error) {
      console.error("Writing an audit checkpoint failed", error);
    }
  };
  globalForSealer.auditSealer = {
    soon: () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        void seal();
      }, SEAL_DELAY_MS);
      timer.unref?.();
    },
  };
  // The audit page then finds little left to verify.
  const verify = () =>
    verifyAuditIncrementally(db).catch((error) => console.error("Verifying the audit trail failed", error));
  setInterval(() => void seal().then(verify), SEAL_SWEEP_MS).unref();
  setInterval(() => void checkpoint(), CHECKPOINT_MS).unref();
  void checkpoint();
}
