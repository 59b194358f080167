import Link from "next/link";
import { formatDateTime, humanize, timeAgo } from "@/lib/format";
import type { AlarmSummary, Page, QueueName } from "@/lib/alarms/list-alarms";
import { Pager } from "@/components/pager";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";

/** A page of one queue of requests: facts only, never personal data. */
export function AlarmTable({
  queue,
  title,
  page,
  empty,
}: {
  queue: QueueName;
  title: string;
  page: Page<AlarmSummary>;
  empty: string;
}) {
  const now = new Date();
  const id = `queue-${queue}`;
  const requests = page.items;
  const showReview = queue === "reviewsDue";
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-semibold">
        {title} ({page.total})
      </h2>
      {page.total === 0 ? (
        <p className="text-gray-700">{empty}</p>
      ) : (
        <DataTable
          columns={["Request", "Status", "Reason", "Alarm", "District", showReview ? "Review due" : "Requested"]}
        >
          {requests.map((request) => {
            const isOverdue =
              request.reviewDueAt !== null && request.reviewDueAt < now && request.status === "INSTALLED";
            return (
              <Row key={request.id} testId={`alarm-${request.number}`}>
                <RowHeader>
                  <Link href={`/alarms/${request.id}`} className="font-mono underline">
                    {request.number}
                  </Link>
                </RowHeader>
                <Cell>{humanize(request.status)}</Cell>
                <Cell>{humanize(request.reasonCategory)}</Cell>
                <Cell>{humanize(request.alarmType)}</Cell>
                <Cell>{request.district}</Cell>
                <Cell>
                  {showReview && request.reviewDueAt ? (
                    <>
                      {formatDateTime(request.reviewDueAt)}
                      {isOverdue && <strong className="text-red-800"> · overdue</strong>}
                    </>
                  ) : (
                    <>
                      {formatDateTime(request.requestedAt)}{" "}
                      <span className="text-gray-700">({timeAgo(request.requestedAt, now)})</span>
                    </>
                  )}
                </Cell>
              </Row>
            );
          })}
        </DataTable>
      )}
      <Pager label={title} param={queue} page={page} />
    </section>
  );
}
