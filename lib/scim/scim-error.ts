import { AppError } from "@/lib/errors";

export const SCIM_CONTENT_TYPE = "application/scim+json";
export const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

/** RFC 7644 §3.12: an error as SCIM clients (Entra's provisioning service) read it. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?:
      "invalidFilter" | "invalidValue" | "uniqueness" | "invalidSyntax" | "noTarget" | "invalidPath" | "mutability",
  ) {
    super(detail);
  }
}

export function scimJson(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": SCIM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers },
  });
}

/** Any failure as a SCIM error: our own words, never a stack trace or a database message. */
export function toScimError(error: unknown): ScimError {
  if (error instanceof ScimError) return error;
  if (error instanceof AppError) {
    const detail = error.fields
      ? Object.entries(error.fields)
          .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
          .join(". ")
      : error.message;
    if (error.code === "VALIDATION" || error.code === "BAD_REQUEST") return new ScimError(400, detail, "invalidValue");
    if (error.code === "NOT_FOUND") return new ScimError(404, error.message);
    if (error.code === "CONFLICT") return new ScimError(409, detail, "uniqueness");
    if (error.code === "PAYLOAD_TOO_LARGE") return new ScimError(413, error.message);
  }
  console.error("SCIM request failed", error);
  return new ScimError(500, "The request could not be completed. Try again later.");
}

export function scimErrorResponse(error: ScimError) {
  return scimJson(
    {
      schemas: [ERROR_SCHEMA],
      status: String(error.status),
      detail: error.detail,
      ...(error.scimType && { scimType: error.scimType }),
    },
    error.status,
  );
}
