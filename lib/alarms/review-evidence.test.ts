import { describe, expect, it } from "vitest";
import { callTriggersReview, summariseEvidence, type EvidenceCall } from "@/lib/alarms/review-evidence";
import { DAY } from "@/lib/time";

const now = new Date("2026-11-24T12:00:00Z");
const call = (daysAgo: number, outcome: EvidenceCall["outcome"], id = `${daysAgo}-${outcome}`): EvidenceCall => ({
  id,
  occurredAt: new Date(now.getTime() - daysAgo * DAY),
  outcome,
});

describe("evidence for a review", () => {
  it("brings the review forward on the third false call within twelve months", () => {
    const earlier = [call(300, "FALSE_ALARM"), call(10, "FALSE_ALARM")];
    expect(callTriggersReview(call(0, "FALSE_ALARM"), earlier, now)).toBe(true);
    expect(callTriggersReview(call(0, "FALSE_ALARM"), earlier.slice(1), now)).toBe(false);
  });

  it("does not count a false call older than twelve months", () => {
    const earlier = [call(400, "FALSE_ALARM"), call(10, "FALSE_ALARM")];
    expect(callTriggersReview(call(0, "FALSE_ALARM"), earlier, now)).toBe(false);
  });

  it("brings the review forward on any genuine call, and never on a test", () => {
    expect(callTriggersReview(call(0, "GENUINE_EMERGENCY"), [], now)).toBe(true);
    expect(callTriggersReview(call(0, "TEST"), [call(1, "FALSE_ALARM"), call(2, "FALSE_ALARM")], now)).toBe(false);
  });

  it("sums the calls of the window for the reviewer", () => {
    const summary = summariseEvidence(
      [call(500, "GENUINE_EMERGENCY"), call(20, "FALSE_ALARM"), call(5, "NO_EVIDENCE_OF_CRIME")],
      now,
    );
    expect(summary).toMatchObject({ falseCalls: 1, genuineCalls: 0, reviewNow: false });
    expect(summary.calls.map((c) => c.id)).toEqual(["20-FALSE_ALARM", "5-NO_EVIDENCE_OF_CRIME"]);
  });
});
