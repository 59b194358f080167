import "server-only";
import type { z } from "zod";
import { AppError, toAppError, toErrorBody } from "@/lib/errors";

type Handler<Ctx> = (request: Request, context: Ctx) => Promise<Response>;

/** Wraps a route handler so that every failure leaves as the one JSON error shape. */
export function apiRoute<Ctx>(handler: Handler<Ctx>): Handler<Ctx> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      const appError = toAppError(error);
      return Response.json(toErrorBody(appError), { status: appError.status });
    }
  };
}

/** Reads a JSON body for a domain function that authorizes first and validates after. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
}

/** Reads and validates a JSON body: malformed JSON is 400, a body that fails the schema is 422. */
export async function readJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.infer<Schema>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  const result = schema.safeParse(body);
  if (!result.success) throw AppError.fromZod(result.error);
  return result.data;
}
