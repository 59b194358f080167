import "server-only";
import { AppError, refuseUnstorableText, toAppError, toErrorBody } from "@/lib/errors";
import { refuseCrossSiteRequest } from "@/lib/http/same-origin";

type Handler<Ctx> = (request: Request, context: Ctx) => Promise<Response>;

export const MAX_BODY_BYTES = 1_000_000;
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Wraps a route handler: state-changing requests must come from the app's own pages (CSRF) and
 * carry JSON; every failure leaves as the one JSON error shape; nothing is cached.
 */
export function apiRoute<Ctx>(handler: Handler<Ctx>): Handler<Ctx> {
  return async (request, context) => {
    let response: Response;
    try {
      if (STATE_CHANGING.has(request.method)) {
        refuseCrossSiteRequest(request);
        refuseNonJsonBody(request);
      }
      response = await handler(request, context);
    } catch (error) {
      const appError = toAppError(error);
      response = Response.json(toErrorBody(appError), { status: appError.status });
    }
    if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
    return response;
  };
}

function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  return request.headers.has("transfer-encoding") || (length !== null && length !== "0");
}

function refuseNonJsonBody(request: Request) {
  if (request.method === "DELETE" && !hasBody(request)) return;
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON, with Content-Type: application/json.");
  }
}

/** The body as text, refused with 413 past the limit before any of it is parsed. */
async function readLimitedText(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge() {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than ${MAX_BODY_BYTES.toLocaleString("en-GB")} bytes.`,
  );
}

/** Reads a JSON body for a domain function that authorizes first and validates after. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await readLimitedText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON.");
  }
  refuseUnstorableText(body);
  return body;
}
