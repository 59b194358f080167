import { z } from "zod";

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2201, 0, 1);

/** A date and time the records can hold: years 1900 to 2200, else the field is named. */
export const dateTime = (message = "Enter a valid date and time") =>
  z.coerce
    .date({ error: message })
    .refine((value) => value.getTime() >= EARLIEST && value.getTime() < LATEST, "Enter a date between the years 1900 and 2200");

/** An optional date and time: an empty form field means none. */
export const optionalDateTime = () => z.union([dateTime(), z.literal("").transform(() => undefined)]).optional();
