import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/pager";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { alarmConfig } from "@/lib/alarms/config";
import { listRecordReviews } from "@/lib/alarms/records-review";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { formatDate, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Records review" };

export default async function RecordsReviewPage({ searchParams }: PageProps<"/alarms/records-review">) {
  const user = await requirePageUser("alarm.records.review");
  const query = await searchParams;
  const queue = await readForPage(() => listRecordReviews(user, { page: [query.page].flat()[0] }));
  const { ALARM_RECORD_REVIEW_YEARS: years, ALARM_AUTO_DISPOSE: automatic } = alarmConfig();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Records review</h1>
      <p>
        Finished alarm requests come up for review {years} years after they finish (MoPI). Open each one and decide:
        retain it, with a reason and the date of its next review, or dispose of its personal data (the facts are kept).
        {automatic && " This force has switched on automatic disposal: records are disposed of at their review date."}
      </p>
      {queue.total === 0 ? (
        <p className="text-gray-700">No records are waiting for review.</p>
      ) : (
        <DataTable
          columns={["Request", "Status", "Reason", "District", "Finished", "Review due"]}
          testId="records-review"
        >
          {queue.items.map((request) => (
            <Row key={request.id} testId={`record-${request.number}`}>
              <RowHeader>
                <Link href={`/alarms/${request.id}`} className="font-mono underline">
                  {request.number}
                </Link>
              </RowHeader>
              <Cell>{humanize(request.status)}</Cell>
              <Cell>{humanize(request.reasonCategory)}</Cell>
              <Cell>{request.district}</Cell>
              <Cell>{request.closedAt ? formatDate(request.closedAt) : "—"}</Cell>
              <Cell>{request.recordReviewDueAt ? formatDate(request.recordReviewDueAt) : "—"}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pager label="Records review" param="page" page={queue} query={query} />
    </div>
  );
}
