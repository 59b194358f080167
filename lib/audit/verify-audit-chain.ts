import "server-only";
import { verifyAuditTrail, type TrailProblem } from "@/lib/audit/verify-audit-trail";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type ChainReport = {
  isIntact: boolean;
  checked: number;
  firstBrokenId: string | null;
  problems: TrailProblem[];
};

/** The audit page's check: every event's hash and link, and every keyed seal over them. */
export async function verifyAuditChain(user: CurrentUser): Promise<ChainReport> {
  requirePermission(user, "audit.view");
  const report = await verifyAuditTrail(db);
  return {
    isIntact: report.isIntact,
    checked: report.events,
    firstBrokenId: report.firstBrokenId,
    problems: report.problems,
  };
}
