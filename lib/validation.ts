import { z } from "zod";

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2201, 0, 1);

/** A date and time the records can hold: years 1900 to 2200, else the field is named. */
export const dateTime = (message = "Enter a valid date and time") =>
  z.coerce
    .date({ error: message })
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
