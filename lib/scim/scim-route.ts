import "server-only";
import { timingSafeEqual, createHash } from "node:crypto";
import { readJson } from "@/lib/http/api";
import { ScimError, scimErrorResponse, toScimError } from "@/lib/scim/scim-error";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** The bearer token SCIM_TOKEN: unset, the endpoint does not exist (404); wrong or missing, 401. */
function requireScimToken(request: Request) {
  const expected = process.env.SCIM_TOKEN;
  if (!expected) throw new ScimError(404, "SCIM provisioning is not switched on here.");
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  if (!match || !timingSafeEqual(digest(match[1]), digest(expected))) {
    throw new ScimError(401, "Send the SCIM bearer token this app was configured with.");
  }
}

/** A SCIM body: JSON or SCIM's own JSON type, within the size limit. */
export async function readScimBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json" && type !== "application/scim+json") {
    throw new ScimError(400, "Send the body as application/scim+json.", "invalidSyntax");
  }
  return readJson(request);
}

type Handler<Ctx> = (request: Request, context: Ctx) => Promise<Response>;

/** Every SCIM endpoint: the token first, and every failure as a SCIM error. */
export function scimRoute<Ctx>(handler: Handler<Ctx>): Handler<Ctx> {
  return async (request, context) => {
    try {
      requireScimToken(request);
      return await handler(request, context);
    } catch (error) {
      return scimErrorResponse(toScimError(error));
    }
  };
}

/** Where the app is reached, for resources' `meta.location`. */
export const baseUrlOf = (request: Request) =>
  (process.env.NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/$/, "");
