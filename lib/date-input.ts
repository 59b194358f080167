// GOV.UK's date-input pattern: day, month and year in their own boxes, and a 24-hour time,
// read as London wall-clock time whatever the browser's own locale would have shown.
import { fromLondonLocal, toLondonLocal } from "@/lib/london-time";

export const DATE_INPUT_PARTS = ["day", "month", "year", "time"] as const;
export type DateInputPart = (typeof DATE_INPUT_PARTS)[number];
export type DateInputValues = Record<DateInputPart, string>;

const BLANK: DateInputValues = { day: "", month: "", year: "", time: "" };

/** The form field that holds one part: `expiresAt-day`, `expiresAt-time`, … */
export const partName = (name: string, part: DateInputPart) => `${name}-${part}`;

/** A date's London day, month, year and time, to fill the boxes with. */
export function dateInputValues(date: Date | null | undefined): DateInputValues {
  if (!date) return BLANK;
  const [, year, month, day, time] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(toLondonLocal(date)) ?? [];
  return { day: String(Number(day)), month: String(Number(month)), year, time };
}

/** "14:30", "1430", "14.30", "9:05", "2:30pm" → minutes past midnight; undefined when not a time. */
export function parseTime(text: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2})[:.]?(\d{2})\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/**
 * The instant the boxes describe, in London time. Every box empty means no date (the schema
 * decides whether one is required); anything else that is not a real date and time gives an
 * invalid Date, which the schema refuses with a message naming the field.
 */
export function fromDateInputValues(values: DateInputValues): Date | undefined {
  const trimmed = DATE_INPUT_PARTS.map((part) => values[part].trim());
  if (trimmed.every((value) => value === "")) return undefined;
  const [day, month, year] = trimmed.slice(0, 3).map((value) => (/^\d{1,4}$/.test(value) ? Number(value) : NaN));
  const time = parseTime(trimmed[3]);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const real =
    time &&
    year >= 1000 &&
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day;
  if (!real) return new Date(NaN);
  const pad = (n: number) => String(n).padStart(2, "0");
  return fromLondonLocal(`${year}-${pad(month)}-${pad(day)}T${pad(time.hour)}:${pad(time.minute)}`) ?? new Date(NaN);
}

/** Reads a date-input field group from a submitted form. */
export function readDateInput(form: FormData, name: string): Date | undefined {
  const values = Object.fromEntries(
    DATE_INPUT_PARTS.map((part) => [part, String(form.get(partName(name, part)) ?? "")]),
  ) as DateInputValues;
  return fromDateInputValues(values);
}

export const DATE_ONLY_PARTS = ["day", "month", "year"] as const;

/**
 * A day typed in day, month and year boxes, as "2026-11-24" for a filter; blank boxes mean none;
 * anything else that is not a real day is passed on as typed, for the schema to refuse by name.
 */
export function calendarDayFrom(values: Partial<Record<"day" | "month" | "year", string>>): string | undefined {
  const [day, month, year] = DATE_ONLY_PARTS.map((part) => (values[part] ?? "").trim());
  if (!day && !month && !year) return undefined;
  const pad = (text: string, width: number) => (/^\d+$/.test(text) ? text.padStart(width, "0") : text);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The instant a London calendar day ("2026-11-24") begins; `days` moves it on, across clock changes. */
export function londonDayStart(day: string, days = 0): Date {
  const [year, month, date] = day.split("-").map(Number);
  const moved = new Date(Date.UTC(year, month - 1, date + days));
  const pad = (n: number) => String(n).padStart(2, "0");
  return fromLondonLocal(`${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}T00:00`)!;
}

/** Reads a day-only field group (day, month, year boxes) from a submitted form, as "2026-11-24" for the schema. */
export function readDayInput(form: FormData, name: string): string | undefined {
  return calendarDayFrom(
    Object.fromEntries(DATE_ONLY_PARTS.map((part) => [part, String(form.get(partName(name, part)) ?? "")])),
  );
}
