import type { AlarmCallOutcome } from "@/lib/generated/prisma/enums";
import { DAY } from "@/lib/time";

/** Policy: three false calls within a rolling twelve months, or one genuine call, bring the review forward. */
export const FALSE_CALLS_FOR_REVIEW = 3;
export const EVIDENCE_WINDOW_DAYS = 365;

export type EvidenceCall = { id: string; occurredAt: Date; outcome: AlarmCallOutcome };

export const evidenceWindowStart = (now: Date) => new Date(now.getTime() - EVIDENCE_WINDOW_DAYS * DAY);

/** What a reviewer weighs: the calls of the last twelve months, and what they add up to. */
export function summariseEvidence(calls: EvidenceCall[], now: Date) {
  const from = evidenceWindowStart(now);
  const inWindow = calls.filter((call) => call.occurredAt >= from && call.occurredAt <= now);
  const falseCalls = inWindow.filter((call) => call.outcome === "FALSE_ALARM").length;
  const genuineCalls = inWindow.filter((call) => call.outcome === "GENUINE_EMERGENCY").length;
  return {
    calls: inWindow,
    falseCalls,
    genuineCalls,
    reviewNow: genuineCalls > 0 || falseCalls >= FALSE_CALLS_FOR_REVIEW,
  };
}

/** Whether a newly recorded call brings the review forward, given the calls of the last twelve months. */
export function callTriggersReview(call: EvidenceCall, earlierCalls: EvidenceCall[], now: Date): boolean {
  if (call.outcome === "GENUINE_EMERGENCY") return true;
  if (call.outcome !== "FALSE_ALARM") return false;
  return summariseEvidence([...earlierCalls, call], now).falseCalls >= FALSE_CALLS_FOR_REVIEW;
}
