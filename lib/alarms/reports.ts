import "server-only";
import { alarmConfig } from "@/lib/alarms/config";
import { average, costByMonth, percentile } from "@/lib/alarms/report-rules";
import { isLive } from "@/lib/alarms/transitions";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DAY } from "@/lib/time";

const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY;

/** The alarm reports. Facts only: they read no personal field, so they survive erasure intact. */
export async function readAlarmReports(user: CurrentUser, now = new Date()) {
  requirePermission(user, "alarm.view.all");
  const requests = await db.alarmRequest.findMany({
    select: {
      status: true,
      district: true,
      reasonCategory: true,
      requestedAt: true,
      decidedAt: true,
      installedAt: true,
      liveConfirmedAt: true,
      removedAt: true,
      reviewDueAt: true,
    },
  });
  const live = requests.filter(isLive);
  const liveBy = new Map<string, number>();
  for (const request of live) {
    const key = `${request.district}|${request.reasonCategory}`;
    liveBy.set(key, (liveBy.get(key) ?? 0) + 1);
  }
  const toApproval = requests.flatMap((request) =>
    request.decidedAt && request.status !== "REJECTED" ? [days(request.requestedAt, request.decidedAt)] : [],
  );
  const toInstallation = requests.flatMap((request) =>
    request.installedAt ? [days(request.requestedAt, request.installedAt)] : [],
  );
  const periods = requests.flatMap((request) =>
    request.installedAt ? [{ from: request.installedAt, to: request.removedAt ?? now }] : [],
  );
  return {
    liveByDistrictAndCategory: [...liveBy.entries()]
      .map(([key, count]) => ({ district: key.split("|")[0], category: key.split("|")[1], count }))
      .sort((a, b) => a.district.localeCompare(b.district) || a.category.localeCompare(b.category)),
    daysToApproval: { average: average(toApproval), p90: percentile(toApproval, 90), count: toApproval.length },
    daysToInstallation: {
      average: average(toInstallation),
      p90: percentile(toInstallation, 90),
      count: toInstallation.length,
    },
    reviewsOverdue: requests.filter(
      (request) => request.status === "INSTALLED" && request.reviewDueAt && request.reviewDueAt < now,
    ).length,
    costByMonth: [...costByMonth(periods, alarmConfig().ALARM_UNIT_COST_PER_DAY).entries()].map(([month, cost]) => ({
      month,
      cost,
    })),
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
