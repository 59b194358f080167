import { z } from "zod";
import { AppError } from "@/lib/errors";

const isUuid = (value: unknown): value is string => z.uuid().safeParse(value).success;

/** Ids in paths are UUIDs: anything else is a 404, never a database error. */
export function idParam(value: string): string {
  return uuidOrNotFound(value, "There is nothing at this address.");
}

/** An id a domain function was given: if it is no UUID, nothing has it. */
export function uuidOrNotFound(value: unknown, message: string): string {
  if (!isUuid(value)) throw new AppError("NOT_FOUND", message);
  return value;
}

/** An id from a form or body field: if it is no UUID, the field is named (422). */
export function uuidField(value: unknown, field: string, message: string): string {
  if (!isUuid(value)) throw new AppError("VALIDATION", message, { [field]: [message] });
  return value;
}
