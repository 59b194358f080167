/** A force-wide change reaches every open page at once: their refetches are spread over this long. */
export const FORCE_WIDE_SPREAD_MS = 2_500;
export const SOON_MS = 50;

/**
 * How long to wait before refetching for these events: a random moment for a force-wide change,
 * within the spread the server asked for (it grows with the streams the server holds).
 */
export function refreshDelay(data: string, random = Math.random, spreadMs = FORCE_WIDE_SPREAD_MS): number {
  try {
    const events = JSON.parse(data) as { siteId: string | null }[];
    return events.some((event) => event.siteId === null) ? SOON_MS + random() * spreadMs : SOON_MS;
  } catch {
    return SOON_MS;
  }
}

/** The spread a server asks for in its "ready" message, if it names one. */
export function readySpreadMs(data: string): number | undefined {
  try {
    const { spreadMs } = JSON.parse(data) as { spreadMs?: unknown };
    return typeof spreadMs === "number" && spreadMs > 0 ? spreadMs : undefined;
  } catch {
    return undefined;
  }
}
