import "server-only";
import { cookies } from "next/headers";
import { getSessionId } from "@/lib/auth/session";
import { revokeSession } from "@/lib/auth/sessions";
import { isSameOriginRequest } from "@/lib/http/same-origin";

/**
 * Signing out from a plain form, on every page, with no script: the server-side session is
 * revoked — so the cookie is worthless even if kept — the cookie is removed, and the person lands
 * on the sign-in page. A form posted from another site is refused.
 */
export async function signOut(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request)) {
    return new Response("This request came from another site and was refused.", { status: 403 });
  }
  const sessionId = await getSessionId();
  if (sessionId) await revokeSession(sessionId);
  const store = await cookies();
  for (const { name } of store.getAll()) if (name.includes("next-auth.session-token")) store.delete(name);
  return new Response(null, { status: 303, headers: { Location: "/login", "Cache-Control": "no-store" } });
}
