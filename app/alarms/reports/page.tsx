import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { readAlarmReports } from "@/lib/alarms/reports";
import { humanize, pounds } from "@/lib/format";
import { Cell, RowHeader, tableClass, TableHead } from "@/components/table";
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
        <table className={tableClass}>
          <TableHead columns={["District", "Reason", "Live"]} />
          <tbody>
            {reports.liveByDistrictAndCategory.map((row) => (
              <tr key={`${row.district}-${row.category}`} className="border-b border-gray-200">
                <Cell>{row.district}</Cell>
                <Cell>{humanize(row.category)}</Cell>
                <Cell>{row.count}</Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="times-title" title="Time taken" className="space-y-2">
        <table className={tableClass}>
          <TableHead columns={["From request to", "Average", "90th percentile", "Requests"]} />
          <tbody>
            <tr className="border-b border-gray-200">
              <RowHeader>approval</RowHeader>
              <Cell>{days(reports.daysToApproval.average)}</Cell>
              <Cell>{days(reports.daysToApproval.p90)}</Cell>
              <Cell>{reports.daysToApproval.count}</Cell>
            </tr>
            <tr className="border-b border-gray-200">
              <RowHeader>installation</RowHeader>
              <Cell>{days(reports.daysToInstallation.average)}</Cell>
              <Cell>{days(reports.daysToInstallation.p90)}</Cell>
              <Cell>{reports.daysToInstallation.count}</Cell>
            </tr>
          </tbody>
        </table>
        <p>
          <strong>{reports.reviewsOverdue}</strong> review{reports.reviewsOverdue === 1 ? " is" : "s are"} overdue.
        </p>
      </Section>
      <Section id="cost-title" title="Cost per month" className="space-y-2">
        <table className={tableClass}>
          <TableHead columns={["Month", "Cost"]} />
          <tbody>
            {reports.costByMonth.map((row) => (
              <tr key={row.month} className="border-b border-gray-200">
                <Cell>{month(row.month)}</Cell>
                <Cell>{pounds(row.cost)}</Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </div>
  );
}
