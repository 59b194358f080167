import type { Metadata } from "next";
import { BarChart } from "@/components/bar-chart";
import { ErrorSummary } from "@/components/error-summary";
import { AppError } from "@/lib/errors";
import { secondaryButtonClass } from "@/components/form-controls";
import { TextField } from "@/components/form-field";
import { Pager } from "@/components/pager";
import { PrintButton } from "@/components/print-button";
import { Section } from "@/components/section";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { formatDate, formatDateTime, pounds } from "@/lib/format";
import { readPolicyReview } from "@/lib/reports/policy-review";

export const metadata: Metadata = { title: "Policy review pack" };

const hours = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} h`);
const day = (value: string) => formatDate(new Date(`${value}T12:00:00Z`));

/** The two-yearly review of policy O27 with the CTSAs: on screen, as CSV, and printed on A4. */
export default async function PolicyReviewPage({ searchParams }: PageProps<"/reports/policy-review">) {
  const user = await requirePageUser("policy.review");
  const query = await searchParams;
  const first = (name: string) => [query[name]].flat()[0] || undefined;
  // A period that cannot be read is named under "There is a problem", with the default period shown.
  const { review, invalid } = await readForPage(() =>
    readPolicyReview(user, { from: first("from"), to: first("to"), page: first("page") }).then(
      (review) => ({ review, invalid: undefined }),
      async (error: unknown) => {
        if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
        return { review: await readPolicyReview(user, {}), invalid: error };
      },
    ),
  );
  const { period, totals, activations } = review;
  const csv = (table: string) =>
    `/api/reports/policy-review?from=${period.from}&to=${period.to}&format=csv&table=${table}`;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Policy O27 review pack</h1>
        <p>
          From {day(period.from)} to {day(period.to)}. Prepared {formatDateTime(new Date())} for the two-yearly review
          with the Counter Terrorism Security Advisers.
        </p>
      </div>
      {invalid && <ErrorSummary message={invalid.message} errors={invalid.fields} />}
      <form method="get" className="flex flex-wrap items-end gap-3 print:hidden" aria-label="Choose the period">
        {(["from", "to"] as const).map((bound) => (
          <div key={bound} className="w-48">
            <TextField
              name={bound}
              id={bound}
              label={`${bound === "from" ? "From" : "To"} (YYYY-MM-DD)`}
              defaultValue={first(bound) ?? period[bound]}
              error={invalid?.fields?.[bound]?.[0]}
            />
          </div>
        ))}
        <button type="submit" className={secondaryButtonClass}>
          Show the period
        </button>
        <PrintButton label="Print the review pack" />
        <a className="underline" href={csv("activations")}>
          Activations (CSV)
        </a>
        <a className="underline" href={csv("options")}>
          Options (CSV)
        </a>
      </form>

      <Section id="summary-title" title="Summary">
        <dl className="grid max-w-2xl gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="review-summary">
          <dt className="font-semibold">Activations</dt>
          <dd>
            {totals.activations} ({totals.heightened} HEIGHTENED, {totals.exceptional} EXCEPTIONAL)
          </dd>
          <dt className="font-semibold">Estimated officer-hours</dt>
          <dd>{totals.officerHours.toFixed(1)}</dd>
          <dt className="font-semibold">Estimated cost</dt>
          <dd>{pounds(totals.cost)}</dd>
          <dt className="font-semibold">Debriefs</dt>
          <dd>
            {review.debriefs.submitted} submitted, {review.debriefs.open} still to write
          </dd>
        </dl>
      </Section>

      <Section id="days-title" title="Days at each level">
        <p className="text-sm">Site-days: each site&apos;s days at the level within the period, added up.</p>
        <BarChart
          title="Site-days at each level"
          testId="days-chart"
          bars={review.daysAtLevel.map((row) => ({
            label: row.level,
            value: row.siteDays,
            text: row.siteDays.toFixed(1),
          }))}
        />
        <DataTable columns={["Level", "Site-days"]} caption="Site-days at each level">
          {review.daysAtLevel.map((row) => (
            <Row key={row.level}>
              <RowHeader>{row.level}</RowHeader>
              <Cell>{row.siteDays.toFixed(1)}</Cell>
            </Row>
          ))}
        </DataTable>
      </Section>

      <Section id="timing-title" title="Time to implement, by option">
        {review.timeToImplement.every((option) => option.averageHours === null) && (
          <p>No option was implemented during an activation in the period.</p>
        )}
        <BarChart
          title="Average hours from opening to implemented"
          testId="timing-chart"
          bars={review.timeToImplement
            .filter((option) => option.averageHours !== null)
            .slice(0, 15)
            .map((option) => ({
              label: `${option.code} ${option.title}`,
              value: option.averageHours!,
              text: hours(option.averageHours),
            }))}
        />
        <DataTable
          columns={["Option", "Implemented", "Not implemented", "Average", "Longest"]}
          caption="Time to implement, by option"
          testId="timing-table"
        >
          {review.timeToImplement.map((option) => (
            <Row key={option.code}>
              <RowHeader>
                {option.code} {option.title}
              </RowHeader>
              <Cell>{option.implemented}</Cell>
              <Cell>{option.notImplemented}</Cell>
              <Cell>{hours(option.averageHours)}</Cell>
              <Cell>{hours(option.longestHours)}</Cell>
            </Row>
          ))}
        </DataTable>
      </Section>

      <Section id="not-implemented-title" title="Options most often not implemented">
        {review.notImplemented.length === 0 ? (
          <p>Every option was implemented or not applicable.</p>
        ) : (
          <>
            <BarChart
              title="Times not implemented"
              testId="not-implemented-chart"
              bars={review.notImplemented.map((option) => ({
                label: `${option.code} ${option.title}`,
                value: option.count,
                text: String(option.count),
              }))}
            />
            <DataTable columns={["Option", "Times", "Rationales given"]} caption="Options most often not implemented">
              {review.notImplemented.map((option) => (
                <Row key={option.code} top>
                  <RowHeader>
                    {option.code} {option.title}
                  </RowHeader>
                  <Cell>{option.count}</Cell>
                  <Cell>
                    <ul className="list-disc pl-5">
                      {(option.rationales ?? []).map((rationale) => (
                        <li key={rationale}>{rationale}</li>
                      ))}
                    </ul>
                  </Cell>
                </Row>
              ))}
            </DataTable>
          </>
        )}
      </Section>

      <Section id="debriefs-title" title="Debrief findings">
        {review.debriefs.items.length === 0 ? (
          <p>No debriefs submitted for the period.</p>
        ) : (
          <ol className="space-y-3">
            {review.debriefs.items.map((debrief) => (
              <li key={debrief.id} className="break-inside-avoid rounded border border-gray-300 bg-white p-3">
                <p className="font-semibold">
                  {debrief.activation.site.code} {debrief.activation.site.name}, {debrief.activation.level}, stood down{" "}
                  {debrief.activation.closedAt && formatDate(debrief.activation.closedAt)}
                </p>
                <p>
                  <strong>Worked:</strong> {debrief.whatWorked}
                </p>
                <p>
                  <strong>Did not work:</strong> {debrief.whatDidNot}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="activations-title" title="Every activation">
        <DataTable
          columns={["Site", "Level", "Opened", "Closed", "Days", "Officer-hours", "Cost"]}
          caption="Every activation in the period"
          testId="review-activations"
        >
          {activations.items.map((activation) => (
            <Row key={activation.activationId}>
              <RowHeader>
                {activation.siteCode} {activation.siteName}
              </RowHeader>
              <Cell>{activation.level}</Cell>
              <Cell>{formatDateTime(activation.openedAt)}</Cell>
              <Cell>{activation.closedAt ? formatDateTime(activation.closedAt) : "Still open"}</Cell>
              <Cell>{activation.daysAtLevel.toFixed(1)}</Cell>
              <Cell>{activation.officerHours.toFixed(1)}</Cell>
              <Cell>{pounds(activation.cost)}</Cell>
            </Row>
          ))}
        </DataTable>
        <div className="print:hidden">
          <Pager label="Activations" param="page" page={activations} query={query} />
        </div>
        {activations.total > activations.items.length && (
          <p className="hidden text-sm print:block">
            {activations.items.length} of {activations.total} activations shown: the full list is in the activations
            CSV.
          </p>
        )}
      </Section>
    </div>
  );
}
