import "server-only";
import { hashSecret, TOKEN_PREFIX } from "@/lib/api-tokens/manage-tokens";
import type { ApiScope } from "@/lib/api-tokens/scopes";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireUser, type CurrentUser } from "@/lib/auth/session";

export type TokenCaller = { tokenId: string; name: string; scopes: ApiScope[] };

const TOUCH_AFTER_MS = 60_000;

/** Whether the request presents a bearer token (ours or not): it is a system's, never a person's. */
export const isBearer = (request: { headers: Headers }) =>
  /^Bearer\s/i.test(request.headers.get("authorization") ?? "");

/** The token in `Authorization: Bearer …`, if the request carries one of ours. */
export function bearerSecret(request: Request): string | null {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match && match[1].startsWith(TOKEN_PREFIX) ? match[1] : null;
}

/**
 * The system calling with a bearer token, which must be live and hold `scope`: 401 for an unknown,
 * revoked or expired token, 403 for one without the scope. Marks it used (at most once a minute).
 */
export async function requireToken(request: Request, scope: ApiScope, now = new Date()): Promise<TokenCaller> {
  const secret = bearerSecret(request);
  if (!secret) throw new AppError("UNAUTHENTICATED", "Send a valid API token.");
  const token = await db.apiToken.findUnique({
    where: { secretHash: hashSecret(secret) },
    select: { id: true, name: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt || token.expiresAt <= now) {
    throw new AppError("UNAUTHENTICATED", "This API token is not valid: it is unknown, revoked or expired.");
  }
  if (!token.scopes.includes(scope)) {
    throw new AppError("FORBIDDEN", `This API token does not have the ${scope} scope.`);
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: token.id, name: token.name, scopes: token.scopes as ApiScope[] };
}

/**
 * A route open to people and to systems: a request with a bearer token is the system's, held to
 * `scope`; any other is a person's, by their session.
 */
export async function asPersonOrSystem<T>(
  request: Request,
  scope: ApiScope,
  forPerson: (user: CurrentUser) => Promise<T>,
  forSystem: (token: TokenCaller) => Promise<T>,
): Promise<T> {
  if (isBearer(request)) return forSystem(await requireToken(request, scope));
  return forPerson(await requireUser());
}
