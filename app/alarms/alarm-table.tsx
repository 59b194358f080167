import Link from "next/link";
import { FilterForm } from "@/components/filter-form";
import { Pager } from "@/components/pager";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import {
  isLateFit,
  type AlarmSortKey,
  type AlarmSummary,
  type QueueName,
  type QueuePage,
} from "@/lib/alarms/list-alarms";
import { ALARM_STATUSES } from "@/lib/alarms/transitions";
import { formatDateTime, humanize, timeAgo } from "@/lib/format";
import type { Query } from "@/lib/sorting";

type Column = { label: string; sort: AlarmSortKey | null; show: (request: AlarmSummary, now: Date) => React.ReactNode };

const ERASED = <span className="text-gray-700">Erased</span>;

const COLUMN = {
  status: { label: "Status", sort: "status", show: (request) => humanize(request.status) },
  reason: { label: "Reason", sort: "reason", show: (request) => humanize(request.reasonCategory) },
  alarm: { label: "Alarm", sort: "alarm", show: (request) => humanize(request.alarmType) },
  district: { label: "District", sort: "district", show: (request) => request.district },
  address: {
    label: "Address",
    sort: "address",
    show: (request) =>
      request.erasedAt ? ERASED : [request.addressLine1, request.town, request.postcode].filter(Boolean).join(", "),
  },
  town: { label: "Town", sort: "town", show: (request) => (request.erasedAt ? ERASED : request.town) },
  postcode: { label: "Postcode", sort: "postcode", show: (request) => (request.erasedAt ? ERASED : request.postcode) },
  requested: {
    label: "Requested",
    sort: "requested",
    show: (request, now) => (
      <>
        {formatDateTime(request.requestedAt)}{" "}
        <span className="text-gray-700">({timeAgo(request.requestedAt, now)})</span>
      </>
    ),
  },
  reviewDue: {
    label: "Review due",
    sort: "reviewDue",
    show: (request, now) =>
      request.reviewDueAt && (
        <>
          {formatDateTime(request.reviewDueAt)}
          {request.reviewDueAt < now && request.status === "INSTALLED" && (
            <strong className="text-red-800"> · overdue</strong>
          )}
        </>
      ),
  },
  installed: {
    label: "Fitted",
    sort: "installed",
    show: (request, now) =>
      request.installedAt && (
        <>
          {formatDateTime(request.installedAt)}{" "}
          <span className="text-gray-700">({timeAgo(request.installedAt, now)})</span>
          {isLateFit(request, now) && <strong className="text-red-800"> · not confirmed after 24 hours</strong>}
        </>
      ),
  },
  since: {
    label: "Since",
    sort: null,
    show: (request) => {
      const since = request.attentionSince ?? request.reviewNowSince;
      return since && formatDateTime(since);
    },
  },
} satisfies Record<string, Column>;

/** The columns each queue's work needs, the ones that matter on a phone first. */
const QUEUE_COLUMNS: Record<QueueName, Column[]> = {
  own: [COLUMN.status, COLUMN.address, COLUMN.alarm, COLUMN.requested],
  awaitingDecision: [COLUMN.status, COLUMN.reason, COLUMN.alarm, COLUMN.district, COLUMN.requested],
  reviewsDue: [COLUMN.reviewDue, COLUMN.status, COLUMN.reason, COLUMN.alarm, COLUMN.district],
  toInstall: [COLUMN.town, COLUMN.postcode, COLUMN.alarm, COLUMN.district, COLUMN.requested],
  toRemove: [COLUMN.town, COLUMN.postcode, COLUMN.alarm, COLUMN.district, COLUMN.requested],
  toClose: [COLUMN.status, COLUMN.reason, COLUMN.alarm, COLUMN.district, COLUMN.requested],
  attention: [COLUMN.since, COLUMN.status, COLUMN.alarm, COLUMN.district, COLUMN.reviewDue],
  reviewNow: [COLUMN.since, COLUMN.reviewDue, COLUMN.reason, COLUMN.alarm, COLUMN.district],
  awaitingLive: [COLUMN.installed, COLUMN.town, COLUMN.postcode, COLUMN.alarm],
  fittedNotLive: [COLUMN.installed, COLUMN.town, COLUMN.postcode, COLUMN.alarm],
};

/** A page of one queue of requests: facts, and where the request is only for the queues whose work needs it. */
export function AlarmTable({
  queue,
  title,
  page,
  empty,
  query,
}: {
  queue: QueueName;
  title: string;
  page: QueuePage;
  empty: string;
  query: Query;
}) {
  const now = new Date();
  const id = `queue-${queue}`;
  const columns = QUEUE_COLUMNS[queue];
  const ownStatus = queue === "own" ? [query.ownStatus].flat()[0] : undefined;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-xl font-semibold">
        {title} ({page.total})
      </h2>
      {queue === "own" && (page.total > 0 || ownStatus) && (
        <FilterForm
          filters={[
            {
              name: "ownStatus",
              label: "Status",
              value: ownStatus ?? "",
              allLabel: "Every status",
              options: ALARM_STATUSES.map((status) => ({ value: status, label: humanize(status) })),
            },
          ]}
        />
      )}
      {page.total === 0 ? (
        <p className="text-gray-700">{ownStatus ? "None of your requests has that status." : empty}</p>
      ) : (
        <DataTable
          columns={["Request", ...columns.map((column) => column.label)]}
          sorting={{
            keys: ["number", ...columns.map((column) => column.sort)],
            current: page.sort ?? { key: "", direction: "asc" },
            query,
            pageParam: queue,
            prefix: queue,
          }}
        >
          {page.items.map((request) => (
            <Row key={request.id} testId={`alarm-${request.number}`}>
              <RowHeader>
                <Link href={`/alarms/${request.id}`} className="font-mono underline">
                  {request.number}
                </Link>
              </RowHeader>
              {columns.map((column) => (
                <Cell key={column.label}>{column.show(request, now)}</Cell>
              ))}
            </Row>
          ))}
        </DataTable>
      )}
      <Pager label={title} param={queue} page={page} query={query} />
    </section>
  );
}
