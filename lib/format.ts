import { londonFormat } from "@/lib/london-time";

const dateTime = londonFormat({
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const date = londonFormat({ day: "numeric", month: "long", year: "numeric" });

/** "22 Nov 2026, 14:05" in UK time. */
export function formatDateTime(value: Date): string {
  return dateTime.format(value);
}

const time = londonFormat({
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "14:05" in UK time. */
export function formatTime(value: Date): string {
  return time.format(value);
}

/** "22 November 2026" in UK time. */
export function formatDate(value: Date): string {
  return date.format(value);
}

const poundsFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** "£1,200": whole pounds, as costs are budgeted. */
export function pounds(value: number): string {
  return poundsFormat.format(value);
}

export function humanize(value: string): string {
  const words = value.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The options of a select, in the order the labels are written. */
export function optionsOf<Value extends string>(labels: Record<Value, string>): { value: Value; label: string }[] {
  return (Object.entries(labels) as [Value, string][]).map(([value, label]) => ({ value, label }));
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** "just now", "35 minutes ago", "3 hours ago", "2 days ago": how long something has waited. */
export function timeAgo(since: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - since.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${plural(minutes, "minute")} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${plural(hours, "hour")} ago`;
  return `${plural(Math.floor(hours / 24), "day")} ago`;
}
