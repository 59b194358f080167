import type { Metadata } from "next";
import { AuditFilterForm } from "@/app/admin/audit/audit-filter-form";
import { ErrorSummary } from "@/components/error-summary";
import { Pager } from "@/components/pager";
import { Cell, DataTable, Row } from "@/components/table";
import { auditFilterInput, RECORD_LABEL } from "@/lib/audit/audit-filter";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { requirePageUser } from "@/lib/auth/page-guard";
import { calendarDayFrom } from "@/lib/date-input";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Audit log" };

type Query = Record<string, string | undefined>;

/** The API's filter from the page's fields: the date boxes become calendar days. */
function filterOf(query: Query) {
  const day = (name: string) =>
    calendarDayFrom({ day: query[`${name}-day`], month: query[`${name}-month`], year: query[`${name}-year`] });
  return auditFilterInput({ ...query, from: day("from"), to: day("to") });
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const user = await requirePageUser("audit.view");
  const query = (await searchParams) as Query;
  const filter = filterOf(query);
  const [events, chain] = await Promise.all([
    listAuditEvents(user, filter).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "VALIDATION") return error;
      throw error;
    }),
    verifyAuditChain(user),
  ]);
  const exportQuery = new URLSearchParams(
    Object.entries({ ...filter, page: undefined, format: "csv" }).flatMap(([name, value]) =>
      value ? [[name, value]] : [],
    ),
  );
  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <h1 id="audit-title" className="text-2xl font-bold">
        Audit log
      </h1>
      <p
        role="status"
        className={
          chain.isIntact ? "border-l-4 border-green-700 bg-green-50 p-3" : "border-l-4 border-red-700 bg-red-50 p-3"
        }
      >
        {chain.isIntact
          ? `Integrity check passed: all ${chain.checked.toLocaleString("en-GB")} events are intact and in order (checked ${formatDateTime(chain.verifiedAt)}).`
          : `Integrity check FAILED ${chain.firstBrokenId ? `at event ${chain.firstBrokenId}` : `(${chain.problems[0]?.where})`}: the log has been tampered with. ${chain.problems.map((problem) => `${problem.where}: ${problem.what}.`).join(" ")}`}
      </p>
      {events instanceof AppError && <ErrorSummary message={events.message} errors={events.fields} idPrefix="filter" />}
      <AuditFilterForm query={query} errors={events instanceof AppError ? events.fields : undefined} />
      {!(events instanceof AppError) && (
        <>
          <p className="flex flex-wrap gap-4">
            <span data-testid="audit-count">
              {events.totalIsCapped && "More than "}
              {events.total.toLocaleString("en-GB")} {events.total === 1 ? "event" : "events"}
              {events.totalIsCapped && ": the newest are listed; choose dates to reach older ones"}
            </span>
            <a href={`/api/audit?${exportQuery.toString()}`} className="underline">
              Download these events (CSV)
            </a>
          </p>
          {events.total === 0 ? (
            <p>No events match the filter.</p>
          ) : (
            <DataTable
              columns={["When", "What happened", "Record"]}
              caption={<>Audit events, newest first</>}
              testId="audit-events"
            >
              {events.items.map((event) => (
                <Row key={event.id} top>
                  <Cell className="whitespace-nowrap">{formatDateTime(event.occurredAt)}</Cell>
                  <Cell>{event.description}</Cell>
                  <Cell>{RECORD_LABEL[event.entityType as keyof typeof RECORD_LABEL] ?? event.entityType}</Cell>
                </Row>
              ))}
            </DataTable>
          )}
          <Pager label="Audit log" param="page" page={events} query={query} />
        </>
      )}
    </section>
  );
}
