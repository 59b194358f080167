// Pure figures for the alarm reports: no personal data goes in or comes out.
import { DAY } from "@/lib/time";

export function average(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

/** The nearest-rank percentile. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Days each alarm was live in each calendar month (UTC), times the daily unit cost. */
export function costByMonth(periods: { from: Date; to: Date }[], costPerDay: number): Map<string, number> {
  const months = new Map<string, number>();
  for (const { from, to } of periods) {
    let cursor = from.getTime();
    while (cursor < to.getTime()) {
      const day = new Date(cursor);
      const month = `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, "0")}`;
      const monthEnd = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
      const end = Math.min(monthEnd, to.getTime());
      months.set(month, (months.get(month) ?? 0) + ((end - cursor) / DAY) * costPerDay);
      cursor = end;
    }
  }
  for (const [month, cost] of months) months.set(month, Math.round(cost));
  return new Map([...months.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
