import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { readAlarmReports } from "@/lib/alarms/reports";
import { humanize, pounds } from "@/lib/format";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Alarm reports" };

const days = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} days`);
const month = (key: string) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${key}-01T00:00:00Z`),
  );

export default async function AlarmReportsPage() {
  const user = await requirePageUser("alarm.view.all");
  const reports = await readAlarmReports(user);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Alarm reports</h1>
        <a href="/api/alarms/reports?format=csv" className="underline">
          Download as CSV
        </a>
      </div>
      <p>Figures only: no personal data is used, so they survive erasure under the retention policy.</p>
      <Section id="live-title" title="Live alarms by district and reason" className="space-y-2">
        <DataTable columns={["District", "Reason", "Live"]}>
          {reports.liveByDistrictAndCategory.map((row) => (
            <Row key={`${row.district}-${row.category}`}>
              <Cell>{row.district}</Cell>
              <Cell>{humanize(row.category)}</Cell>
              <Cell>{row.count}</Cell>
            </Row>
          ))}
        </DataTable>
      </Section>
      <Section id="times-title" title="Time taken" className="space-y-2">
        <DataTable columns={["From request to", "Average", "90th percentile", "Requests"]}>
          {(
            [
              ["approval", reports.daysToApproval],
              ["installation", reports.daysToInstallation],
            ] as const
          ).map(([stage, figures]) => (
            <Row key={stage}>
              <RowHeader>{stage}</RowHeader>
              <Cell>{days(figures.average)}</Cell>
              <Cell>{days(figures.p90)}</Cell>
              <Cell>{figures.count}</Cell>
            </Row>
          ))}
        </DataTable>
        <p>
          <strong>{reports.reviewsOverdue}</strong> review{reports.reviewsOverdue === 1 ? " is" : "s are"} overdue.
        </p>
      </Section>
      <Section id="cost-title" title="Cost per month" className="space-y-2">
        <DataTable columns={["Month", "Cost"]}>
          {reports.costByMonth.map((row) => (
            <Row key={row.month}>
              <Cell>{month(row.month)}</Cell>
              <Cell>{pounds(row.cost)}</Cell>
            </Row>
          ))}
        </DataTable>
      </Section>
    </div>
  );
}
