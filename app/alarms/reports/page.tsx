import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/page-guard";
import { readAlarmReports } from "@/lib/alarms/reports";
import { humanize, pounds } from "@/lib/format";
import { TableHead, tableClass } from "@/components/table";

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
      <section aria-labelledby="live-title" className="space-y-2">
        <h2 id="live-title" className="text-xl font-semibold">
          Live alarms by district and reason
        </h2>
        <table className={tableClass}>
          <TableHead columns={["District", "Reason", "Live"]} />
          <tbody>
            {reports.liveByDistrictAndCategory.map((row) => (
              <tr key={`${row.district}-${row.category}`} className="border-b border-gray-200">
                <td className="p-2">{row.district}</td>
                <td className="p-2">{humanize(row.category)}</td>
                <td className="p-2">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="times-title" className="space-y-2">
        <h2 id="times-title" className="text-xl font-semibold">
          Time taken
        </h2>
        <table className={tableClass}>
          <TableHead columns={["From request to", "Average", "90th percentile", "Requests"]} />
          <tbody>
            <tr className="border-b border-gray-200">
              <th scope="row" className="p-2">
                approval
              </th>
              <td className="p-2">{days(reports.daysToApproval.average)}</td>
              <td className="p-2">{days(reports.daysToApproval.p90)}</td>
              <td className="p-2">{reports.daysToApproval.count}</td>
            </tr>
            <tr className="border-b border-gray-200">
              <th scope="row" className="p-2">
                installation
              </th>
              <td className="p-2">{days(reports.daysToInstallation.average)}</td>
              <td className="p-2">{days(reports.daysToInstallation.p90)}</td>
              <td className="p-2">{reports.daysToInstallation.count}</td>
            </tr>
          </tbody>
        </table>
        <p>
          <strong>{reports.reviewsOverdue}</strong> review{reports.reviewsOverdue === 1 ? " is" : "s are"} overdue.
        </p>
      </section>
      <section aria-labelledby="cost-title" className="space-y-2">
        <h2 id="cost-title" className="text-xl font-semibold">
          Cost per month
        </h2>
        <table className={tableClass}>
          <TableHead columns={["Month", "Cost"]} />
          <tbody>
            {reports.costByMonth.map((row) => (
              <tr key={row.month} className="border-b border-gray-200">
                <td className="p-2">{month(row.month)}</td>
                <td className="p-2">{pounds(row.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
