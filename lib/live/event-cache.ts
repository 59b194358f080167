import "server-only";
import { eventHub } from "@/lib/live/event-hub";
import { processSingleton } from "@/lib/process-singleton";

const MAX_AGE_MS = 5_000;
const MAX_ENTRIES = 10_000;

type Entry<T> = { version: number; at: number; value: Promise<T> };
const entries = () => processSingleton("postureCache", () => new Map<string, Entry<unknown>>());

/**
 * Caches a read until the next posture event this server hears of (or a few seconds, as a safety
 * net): every change writes an event, so a cached value is never older than the last change
 * this server knows about. Callers cache only data that no caller-specific rule filters.
 */
export async function cachedUntilNextEvent<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const hub = eventHub();
  await hub.start();
  const cache = entries();
  if (cache.size > MAX_ENTRIES) cache.clear();
  const entry = cache.get(key) as Entry<T> | undefined;
  if (entry && entry.version === hub.version && Date.now() - entry.at < MAX_AGE_MS) return entry.value;
  const value = compute();
  cache.set(key, { version: hub.version, at: Date.now(), value });
  value.catch(() => cache.delete(key));
  return value;
}

/** Drops one cached read after a change on this server that writes no posture event. */
export function forgetCached(key: string) {
  entries().delete(key);
}
