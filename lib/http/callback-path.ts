const PROBE_ORIGIN = "http://estate-security.invalid";

/**
 * A path on this app to go to after sign-in, or "/": whatever a browser would read as another
 * origin ("//host", "/\host", "https://…", tabs and newlines inside) falls back to the home page.
 */
export function safeCallbackPath(value: string | string[] | null | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/")) return "/";
  try {
    const url = new URL(candidate, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
