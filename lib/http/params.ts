import { z } from "zod";
import { AppError } from "@/lib/errors";

/** Ids in paths are UUIDs: anything else is a 404, never a database error. */
export function idParam(value: string): string {
  if (!z.uuid().safeParse(value).success) throw new AppError("NOT_FOUND", "There is nothing at this address.");
  return value;
}
