import { z } from "zod";

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2201, 0, 1);

/** A date and time the records can hold: years 1900 to 2200, else the field is named. */
export const dateTime = (message = "Enter a valid date and time") =>
  // Only text or a Date: a null, a boolean or a number would coerce to some day in 1970.
  z
    .union([z.string({ error: message }), z.date({ error: message })], { error: message })
    .pipe(z.coerce.date({ error: message }))
    .refine(
      (value) => value.getTime() >= EARLIEST && value.getTime() < LATEST,
      "Enter a date between the years 1900 and 2200",
    );

/** An optional date and time: an empty form field means none. */
export const optionalDateTime = (message?: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), dateTime(message).optional());

/** A whole number from JSON (a number) or from a form (digits): never `true`, `null` or `[]` coerced into one. */
export const wholeNumber = (message: string, max = 2_147_483_647) =>
  z
    .union(
      [z.number({ error: message }), z.string({ error: message }).trim().regex(/^\d+$/, message).transform(Number)],
      { error: message },
    )
    .pipe(z.number().int(message).min(0, message).max(max, message));

/** A page of a list, from the address or a query: 1, 2, … */
export const pageNumber = z.coerce
  .number({ error: "Give the page as a number from 1" })
  .int("Give the page as a number from 1")
  .min(1, "Give the page as a number from 1")
  .max(100_000, "There are not that many pages");

/** A calendar day, "2026-11-24": a filter's bound, read as the London day. */
export const calendarDay = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => {
      const [year, month, day] = value.split("-").map(Number);
      const date = new Date(Date.UTC(year, month - 1, day));
      return year >= 1900 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    }, message);

/** A yes or no: `true`/`false` from JSON, "yes"/"no" (or "true"/"false") from a form's radios. */
export const yesNo = (message: string) =>
  z
    .union([z.boolean({ error: message }), z.enum(["yes", "no", "true", "false"], { error: message })], {
      error: message,
    })
    .transform((value) => value === true || value === "yes" || value === "true");

/** A calendar day as the Date a `@db.Date` column holds (midnight UTC of that day). */
export const dayDate = (message: string) =>
  calendarDay(message).transform((value) => new Date(`${value}T00:00:00.000Z`));
