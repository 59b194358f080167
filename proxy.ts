import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";
import { isSameOriginRequest } from "@/lib/http/same-origin";

// /scim answers to its own bearer token (lib/scim/scim-route.ts), never to a session.
const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth", "/scim"];

function isPublic(pathname: string) {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

function withHeaders(response: NextResponse, csp: string, isHttps: boolean) {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders(isHttps))) response.headers.set(name, value);
  return response;
}

function jsonError(code: string, message: string, status: number) {
  return NextResponse.json({ error: { code, message } }, { status });
}

// Redirects for a better experience and sets the security headers: every page, action and route
// still checks the session itself.
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const isHttps = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";

  // Next.js answers a foreign-origin server action with a 500; it is a forgery, so 403.
  if (request.method === "POST" && request.headers.has("next-action") && !isSameOriginRequest(request)) {
    return withHeaders(
      jsonError("FORBIDDEN", "This request came from another site and was refused.", 403),
      csp,
      isHttps,
    );
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const next = () => withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp, isHttps);

  // A system's API token is checked by the routes its scopes open; every other route refuses it.
  const isSystemCall = pathname.startsWith("/api/") && /^Bearer\s/i.test(request.headers.get("authorization") ?? "");
  if (isPublic(pathname) || isSystemCall || (await getToken({ req: request }))) return next();
  if (pathname.startsWith("/api/")) {
    return withHeaders(jsonError("UNAUTHENTICATED", "Sign in to continue.", 401), csp, isHttps);
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + search);
  return withHeaders(NextResponse.redirect(login), csp, isHttps);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
