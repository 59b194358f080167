import { DisclosureForm } from "@/app/alarms/[id]/disclosure-form";
import { RecordReviewForm } from "@/app/alarms/[id]/record-review-form";
import { Section } from "@/components/section";
import { Cell, DataTable, Row } from "@/components/table";
import type { AlarmDetail } from "@/lib/alarms/read-alarm";
import type { DateInputValues } from "@/lib/date-input";
import { formatDate, formatDateTime } from "@/lib/format";

/** The record's accountability: who consulted it, what was disclosed outside the app, its MoPI reviews. */
export function AlarmRecords({
  alarm,
  now,
  mayReview,
}: {
  alarm: AlarmDetail;
  now: DateInputValues;
  mayReview: boolean;
}) {
  return (
    <>
      {alarm.accessLog && (
        <Section id="access-title" title="Who opened the personal data" className="space-y-2">
          {alarm.accessLog.length === 0 ? (
            <p>Nobody has opened it.</p>
          ) : (
            <DataTable columns={["When", "Who", "Why"]} testId="access-log">
              {alarm.accessLog.map((entry) => (
                <Row key={entry.id}>
                  <Cell>{formatDateTime(entry.accessedAt)}</Cell>
                  <Cell>
                    {entry.user
                      ? `${entry.user.displayName} (${entry.user.username})`
                      : `System: ${entry.apiToken?.name} (API token)`}
                  </Cell>
                  <Cell>
                    {entry.justification}
                    {entry.searchTerm && <> (searched “{entry.searchTerm}”)</>}
                  </Cell>
                </Row>
              ))}
            </DataTable>
          )}
        </Section>
      )}
      {alarm.disclosures && (
        <Section id="disclosures-title" title="Disclosed outside the app" className="space-y-3">
          {alarm.disclosures.length === 0 ? (
            <p>No disclosure recorded.</p>
          ) : (
            <DataTable columns={["When", "To", "Lawful basis", "What", "Recorded by"]} testId="disclosure-log">
              {alarm.disclosures.map((disclosure) => (
                <Row key={disclosure.id}>
                  <Cell>{formatDateTime(disclosure.disclosedAt)}</Cell>
                  <Cell>
                    {disclosure.recipient}, {disclosure.organisation}
                  </Cell>
                  <Cell>{disclosure.lawfulBasis}</Cell>
                  <Cell>{disclosure.details}</Cell>
                  <Cell>{disclosure.recordedBy.displayName}</Cell>
                </Row>
              ))}
            </DataTable>
          )}
          {alarm.mayRecordDisclosure && (
            <details className="rounded border border-gray-300 bg-white p-3">
              <summary className="cursor-pointer font-semibold">Record a disclosure</summary>
              <div className="pt-3">
                <DisclosureForm requestId={alarm.id} now={now} />
              </div>
            </details>
          )}
        </Section>
      )}
      {(alarm.recordReviews.length > 0 || (mayReview && alarm.recordReviewQueuedAt)) && (
        <Section id="record-reviews-title" title="Records review" className="space-y-3">
          {alarm.recordReviews.length > 0 && (
            <ul className="list-disc pl-6" data-testid="record-reviews">
              {alarm.recordReviews.map((review) => (
                <li key={review.id}>
                  {formatDateTime(review.decidedAt)} · {review.decidedBy?.displayName ?? "Automatic disposal"} ·{" "}
                  {review.decision === "RETAIN"
                    ? `Retained until ${review.nextReviewAt ? formatDate(review.nextReviewAt) : "—"}`
                    : "Disposed of"}
                  {review.reason && <>: {review.reason}</>}
                </li>
              ))}
            </ul>
          )}
          {mayReview && alarm.recordReviewQueuedAt && !alarm.erasedAt && <RecordReviewForm requestId={alarm.id} />}
        </Section>
      )}
    </>
  );
}
