import type { Lockout } from "@/lib/auth/login-throttle";

/**
 * 429 in the one error shape, with the `url` next-auth's client reads its error from, so the
 * sign-in page can say until when.
 */
export function refusedSignIn(lockout: Lockout, origin: string): Response {
  const until = lockout.until.toISOString();
  const retryAfter = Math.max(1, Math.ceil((lockout.until.getTime() - Date.now()) / 1000));
  return Response.json(
    {
      error: {
        code: "TOO_MANY_REQUESTS",
        message: "Too many failed sign-ins: try again later, or ask an administrator to unlock the account.",
        details: { until },
      },
      url: `${origin}/login?error=LOCKED_UNTIL_${until}`,
    },
    { status: 429, headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } },
  );
}
