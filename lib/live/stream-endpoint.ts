import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { CHANGE_PASSWORD_PATH, requirePermission } from "@/lib/auth/session";
import { sessionIdFromCookies } from "@/lib/auth/session-token";
import { readLiveSession } from "@/lib/auth/sessions";
import { AppError, toAppError, toErrorBody } from "@/lib/errors";
import { securityHeaders } from "@/lib/http/security-headers";
import { startPostureStream } from "@/lib/live/posture-stream";
import { POSTURE_STREAM_ENDPOINT, processSingleton } from "@/lib/process-singleton";

function cookiesOf(header = ""): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of header.split(";")) {
    const at = pair.indexOf("=");
    if (at > 0) cookies[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return cookies;
}

/** The signed-in reader, as `requireUser` finds them: the session cookie's JWT names a live session. */
async function readerOf(request: IncomingMessage) {
  const sessionId = await sessionIdFromCookies(cookiesOf(request.headers.cookie));
  const user = sessionId ? await readLiveSession(sessionId) : null;
  if (!user || !sessionId) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (user.mustChangePassword) {
    throw new AppError("FORBIDDEN", `Choose your own password first, at ${CHANGE_PASSWORD_PATH}.`);
  }
  requirePermission(user, "posture.view");
  return { user, sessionId };
}

/**
 * `GET /api/posture/stream`, answered by the app server (lib/cli/serve.mjs) before Next.js: a
 * stream is held open for hours, and a request inside Next.js keeps its whole handling alive while
 * it lasts (~110 kB each; 2,500 streams were 270 MB). Here one costs a socket and a few closures
 * (docs/decisions/021-the-event-stream-beside-next.md). Same checks, headers and error shape.
 */
export async function servePostureStream(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const isHttps = request.headers["x-forwarded-proto"] === "https" || Boolean((request.socket as TLSSocket).encrypted);
  const headers = {
    ...securityHeaders(isHttps),
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
  };
  let isClosed = false;
  let stop = () => {};
  response.on("close", () => {
    isClosed = true;
    stop();
  });
  try {
    const { user, sessionId } = await readerOf(request);
    response.writeHead(200, {
      ...headers,
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: no proxy may buffer or compress the stream.
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    const lastEventId = request.headers["last-event-id"];
    stop = await startPostureStream(user, sessionId, typeof lastEventId === "string" ? lastEventId : null, {
      write: (chunk) => void response.write(chunk),
      end: () => response.end(),
    });
    if (isClosed) stop();
  } catch (error) {
    const appError = toAppError(error);
    if (response.headersSent) return void response.end();
    response.writeHead(appError.status, {
      ...headers,
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
    });
    response.end(JSON.stringify(toErrorBody(appError)));
  }
}

/**
 * Hands the endpoint to the app server. It is compiled into Next.js's bundle with the rest of the
 * app and offered from instrumentation.ts, so the server shares this process's one Prisma client,
 * event hub and caches instead of loading the app a second time.
 */
export function offerPostureStream(): void {
  processSingleton(POSTURE_STREAM_ENDPOINT, () => servePostureStream);
}
