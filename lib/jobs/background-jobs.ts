import { queueRecordReviews } from "@/lib/alarms/records-review";
import { startAuditSealer } from "@/lib/audit/sealer";
import { expireOverrides } from "@/lib/levels/expire-overrides";
import { startNotificationWorker } from "@/lib/notify/worker";
import { DAY } from "@/lib/time";

const OVERRIDE_SWEEP_MS = 15_000;
const RECORDS_REVIEW_MS = DAY;

/**
 * Each app server sweeps for expired overrides, and once a day queues alarm records due for review (MoPI). Running on several servers at once is safe:
 * each expiry is a conditional update, so only one server records it.
 */
export function startBackgroundJobs() {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  startAuditSealer();
  startNotificationWorker();
  const sweep = () => expireOverrides().catch((error) => console.error("Override expiry sweep failed", error));
  setInterval(() => void sweep(), OVERRIDE_SWEEP_MS).unref();
  void sweep();
  const review = () => queueRecordReviews().catch((error) => console.error("Alarm records review run failed", error));
  setInterval(() => void review(), RECORDS_REVIEW_MS).unref();
  void review();
}
