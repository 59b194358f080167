import { OUTCOME_LABEL } from "@/lib/alarms/labels";
import type { AlarmDetail } from "@/lib/alarms/read-alarm";
import { formatDateTime } from "@/lib/format";

/** What a review weighs, shown above the decision and recorded with it: the calls of the last 12 months. */
export function ReviewEvidence({ evidence }: { evidence: AlarmDetail["evidence"] }) {
  return (
    <div className="space-y-1 rounded border border-gray-300 bg-white p-3" data-testid="review-evidence">
      <h3 className="font-semibold">Evidence for the review: calls in the last 12 months</h3>
      <p>
        {evidence.calls.length} {evidence.calls.length === 1 ? "call" : "calls"}: {evidence.genuineCalls} genuine,{" "}
        {evidence.falseCalls} false.
        {evidence.reviewNow && <strong> Policy brings this review forward.</strong>}
      </p>
      {evidence.calls.length > 0 && (
        <ul className="list-disc pl-6">
          {evidence.calls.map((call) => (
            <li key={call.id}>
              {formatDateTime(call.occurredAt)}: {OUTCOME_LABEL[call.outcome]}
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm text-gray-700">Your decision records these calls as the evidence you weighed.</p>
    </div>
  );
}
