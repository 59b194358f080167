import "server-only";
import { eventHub } from "@/lib/live/event-hub";
import { processSingleton } from "@/lib/process-singleton";

const MAX_AGE_MS = 5_000;
const MAX_ENTRIES = 10_000;

type Entry<T> = { version: string; at: number; value: Promise<T> };
const entries = () => processSingleton("postureCache", () => new Map<string, Entry<unknown>>());

/**
 * Caches a read until this server hears of a posture event that may change it — a force-wide one,
 * or one at `siteId` (lib/live/event-audience.ts) — or for a few seconds, as a safety net: every
 * change writes an event, so a cached value is never older than the last change this server knows
 * about. Callers cache only data that no caller-specific rule filters.
 */
export async function cachedUntilNextEvent<T>(
  key: string,
  compute: () => Promise<T>,
  siteId: string | null = null,
): Promise<T> {
  const hub = eventHub();
  await hub.start();
  const cache = entries();
  if (cache.size > MAX_ENTRIES) cache.clear();
  const entry = cache.get(key) as Entry<T> | undefined;
  const version = hub.versionFor(siteId);
  if (entry && entry.version === version && Date.now() - entry.at < MAX_AGE_MS) return entry.value;
  const value = compute();
  cache.set(key, { version, at: Date.now(), value });
  value.catch(() => cache.delete(key));
  return value;
}

/** Drops one cached read after a change on this server that writes no posture event. */
export function forgetCached(key: string) {
  entries().delete(key);
}
