// Dates typed into forms are London wall-clock times; the server may run in any zone.
import { DAY } from "@/lib/time";

const LONDON = "Europe/London";

/** A formatter of dates and times as they read in London, whatever zone the server is in. */
export function londonFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, ...options });
}

const parts = londonFormat({
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function londonFields(date: Date) {
  const get = (type: string) => Number(parts.formatToParts(date).find((part) => part.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

function offsetMs(date: Date): number {
  const f = londonFields(date);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - Math.floor(date.getTime() / 1000) * 1000;
}

/** "2026-11-23T09:30" (a `datetime-local` value) read as London time; undefined when blank or malformed. */
export function fromLondonLocal(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const guess = new Date(asUtc - offsetMs(new Date(asUtc)));
  return new Date(asUtc - offsetMs(guess));
}

/** The default end of a site override: this time tomorrow. */
export function aDayFromNow(): Date {
  return new Date(Date.now() + DAY);
}

/** A Date as a `datetime-local` value in London time. */
export function toLondonLocal(date: Date): string {
  const f = londonFields(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}
