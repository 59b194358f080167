/** A force-wide change reaches every open page at once: their refetches are spread over this long. */
const FORCE_WIDE_SPREAD_MS = 2_500;
export const SOON_MS = 50;

/** How long to wait before refetching for these events: a random moment for a force-wide change. */
export function refreshDelay(data: string, random = Math.random): number {
  try {
    const events = JSON.parse(data) as { siteId: string | null }[];
    return events.some((event) => event.siteId === null) ? SOON_MS + random() * FORCE_WIDE_SPREAD_MS : SOON_MS;
  } catch {
    return SOON_MS;
  }
}
