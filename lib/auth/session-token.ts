import "server-only";
import { getToken } from "next-auth/jwt";
import { z } from "zod";

/**
 * The server-side session a request's cookies name, if the session cookie's JWT is valid. Decoded
 * with next-auth's own reader, but without `getServerSession`, which runs the whole session flow —
 * callbacks and a fresh JWT encrypted for a cookie a page cannot set — on every request.
 */
export async function sessionIdFromCookies(cookies: Record<string, string>): Promise<string | null> {
  // next-auth reads the (possibly chunked) session cookie from `cookies`; no bearer header here.
  const token = await getToken({ req: { headers: {}, cookies } as never });
  const sessionId = token?.sid;
  return typeof sessionId === "string" && z.uuid().safeParse(sessionId).success ? sessionId : null;
}
