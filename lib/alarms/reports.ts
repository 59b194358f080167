import "server-only";
import { alarmConfig } from "@/lib/alarms/config";
import { LIVE_WHERE } from "@/lib/alarms/transitions";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

type Timing = { average: number | null; p90: number | null; count: number };
type TimingRow = {
  approval_average: number | null;
  approval_p90: number | null;
  approval_count: number;
  installation_average: number | null;
  installation_p90: number | null;
  installation_count: number;
  reviews_overdue: number;
};

/**
 * The alarm reports, as aggregates in the database whatever the number of requests (the figures
 * are those of `report-rules.ts`: nearest-rank percentiles, cost by UTC month). Facts only: they
 * read no personal field, so they survive erasure intact.
 */
export async function readAlarmReports(user: CurrentUser, now = new Date()) {
  requirePermission(user, "alarm.view.all");
  const costPerDay = alarmConfig().ALARM_UNIT_COST_PER_DAY;
  const [live, [timing], costs] = await Promise.all([
    db.alarmRequest.groupBy({
      by: ["district", "reasonCategory"],
      where: LIVE_WHERE,
      _count: { _all: true },
    }),
    db.$queryRaw<TimingRow[]>`
      WITH spans AS (
        SELECT "status", "reviewDueAt",
          CASE WHEN "decidedAt" IS NOT NULL AND "status" <> 'REJECTED'
            THEN EXTRACT(EPOCH FROM ("decidedAt" - "requestedAt")) / 86400.0 END AS approval,
          EXTRACT(EPOCH FROM ("installedAt" - "requestedAt")) / 86400.0 AS installation
        FROM "AlarmRequest"
      )
      SELECT avg(approval)::float8 AS approval_average,
        (percentile_disc(0.9) WITHIN GROUP (ORDER BY approval))::float8 AS approval_p90,
        count(approval)::int AS approval_count,
        avg(installation)::float8 AS installation_average,
        (percentile_disc(0.9) WITHIN GROUP (ORDER BY installation))::float8 AS installation_p90,
        count(installation)::int AS installation_count,
        count(*) FILTER (WHERE "status" = 'INSTALLED' AND "reviewDueAt" < ${now})::int AS reviews_overdue
      FROM spans`,
    db.$queryRaw<{ month: string; cost: number }[]>`
      WITH periods AS (
        SELECT "installedAt" AS from_at, coalesce("removedAt", ${now}) AS to_at
        FROM "AlarmRequest" WHERE "installedAt" IS NOT NULL
      ), months AS (
        SELECT p.from_at, p.to_at, (m AT TIME ZONE 'UTC') AS month_start,
          ((m + interval '1 month') AT TIME ZONE 'UTC') AS month_end
        FROM periods p,
          generate_series(date_trunc('month', p.from_at AT TIME ZONE 'UTC'), date_trunc('month', p.to_at AT TIME ZONE 'UTC'), interval '1 month') AS m
        WHERE p.to_at > p.from_at
      )
      SELECT to_char(month_start AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
        round(sum(EXTRACT(EPOCH FROM (LEAST(month_end, to_at) - GREATEST(month_start, from_at))) / 86400.0 * ${costPerDay}))::float8 AS cost
      FROM months
      WHERE LEAST(month_end, to_at) > GREATEST(month_start, from_at)
      GROUP BY 1 ORDER BY 1`,
  ]);
  const figures = (prefix: "approval" | "installation"): Timing => ({
    average: timing[`${prefix}_average`],
    p90: timing[`${prefix}_p90`],
    count: timing[`${prefix}_count`],
  });
  return {
    liveByDistrictAndCategory: live
      .map((row) => ({ district: row.district, category: row.reasonCategory, count: row._count._all }))
      .sort((a, b) => a.district.localeCompare(b.district) || a.category.localeCompare(b.category)),
    daysToApproval: figures("approval"),
    daysToInstallation: figures("installation"),
    reviewsOverdue: timing.reviews_overdue,
    costByMonth: costs,
  };
}

export type AlarmReports = Awaited<ReturnType<typeof readAlarmReports>>;

export function reportRows(reports: AlarmReports): (string | number | null)[][] {
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return [
    ...reports.liveByDistrictAndCategory.map((row) => ["live alarms", `${row.district} / ${row.category}`, row.count]),
    ["days from request to approval", "average", round(reports.daysToApproval.average)],
    ["days from request to approval", "90th percentile", round(reports.daysToApproval.p90)],
    ["days from request to installation", "average", round(reports.daysToInstallation.average)],
    ["days from request to installation", "90th percentile", round(reports.daysToInstallation.p90)],
    ["reviews overdue", "", reports.reviewsOverdue],
    ...reports.costByMonth.map((row) => ["cost (GBP)", row.month, row.cost]),
  ];
}
