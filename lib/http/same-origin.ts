import { AppError } from "@/lib/errors";

/** The origins the app's own pages are served from: its public address and the one this request reached. */
function appOrigins(request: Request): Set<string> {
  const origins = new Set([new URL(request.url).origin]);
  if (process.env.NEXTAUTH_URL) origins.add(new URL(process.env.NEXTAUTH_URL).origin);
  return origins;
}

/**
 * Whether a state-changing request came from the app's own pages. Browsers name the page's origin
 * (Origin, else Sec-Fetch-Site, else Referer); a request with none of them is not from a browser,
 * so it carries no ambient cookie of a victim's (docs/decisions/010-security-controls.md).
 */
export function isSameOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) return appOrigins(request).has(origin);
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin";
  const referer = request.headers.get("referer");
  if (!referer) return true;
  try {
    return appOrigins(request).has(new URL(referer).origin);
  } catch {
    return false;
  }
}

export function refuseCrossSiteRequest(request: Request): void {
  if (!isSameOriginRequest(request)) {
    throw new AppError("FORBIDDEN", "This request came from another site and was refused.");
  }
}
