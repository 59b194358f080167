import "server-only";
import type { TrailProblem } from "@/lib/audit/verify-audit-trail";
import { verifyAuditIncrementally } from "@/lib/audit/verify-incrementally";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type ChainReport = {
  isIntact: boolean;
  checked: number;
  firstBrokenId: string | null;
  problems: TrailProblem[];
  verifiedAt: Date;
};

/**
 * The audit page's check: resumes from the last verified event, so a view reads only what was
 * recorded since (the sealer keeps that small); the whole trail is `npm run audit:verify`.
 */
export async function verifyAuditChain(user: CurrentUser): Promise<ChainReport> {
  requirePermission(user, "audit.view");
  const state = await verifyAuditIncrementally(db);
  return {
    isIntact: state.isIntact,
    checked: state.count,
    firstBrokenId: state.firstBrokenId,
    problems: state.problems,
    verifiedAt: state.verifiedAt,
  };
}
