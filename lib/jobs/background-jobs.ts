import { erasePersonalDataPastRetention } from "@/lib/alarms/retention";
import { startAuditSealer } from "@/lib/audit/sealer";
import { expireOverrides } from "@/lib/levels/expire-overrides";
import { startNotificationWorker } from "@/lib/notify/worker";
import { DAY } from "@/lib/time";

const OVERRIDE_SWEEP_MS = 15_000;
const RETENTION_MS = DAY;

/**
 * Each app server sweeps for expired overrides, and runs the alarm retention once a day. Running on several servers at once is safe:
 * each expiry is a conditional update, so only one server records it.
 */
export function startBackgroundJobs() {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  startAuditSealer();
  startNotificationWorker();
  const sweep = () => expireOverrides().catch((error) => console.error("Override expiry sweep failed", error));
  setInterval(() => void sweep(), OVERRIDE_SWEEP_MS).unref();
  void sweep();
  const erase = () =>
    erasePersonalDataPastRetention().catch((error) => console.error("Alarm retention run failed", error));
  setInterval(() => void erase(), RETENTION_MS).unref();
  void erase();
}
