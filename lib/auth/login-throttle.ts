import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { processSingleton } from "@/lib/process-singleton";

export const MAX_FAILURES_PER_USERNAME = 5;
export const LOCKOUT_SECONDS = 15 * 60;
const MAX_FAILURES_PER_ADDRESS = 50;

type Limiters = { byUsername: RateLimiterPrisma; byAddress: RateLimiterPrisma };

// Counters live in PostgreSQL (LoginThrottle) so every server counts the same failures.
function limiters(): Limiters {
  const common = {
    storeClient: db,
    tableName: "loginThrottle",
    duration: LOCKOUT_SECONDS,
    clearExpiredByTimeout: true,
  };
  return processSingleton("loginLimiters", () => ({
    byUsername: new RateLimiterPrisma({ ...common, keyPrefix: "username", points: MAX_FAILURES_PER_USERNAME }),
    byAddress: new RateLimiterPrisma({ ...common, keyPrefix: "address", points: MAX_FAILURES_PER_ADDRESS }),
  }));
}

/** The key a username is counted under: one account, however it is typed. */
export function usernameKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 64);
}

export type Lockout = { until: Date };

/** Whether sign-in is refused for this username or address just now, and until when. */
export async function currentLockout(username: string, address: string, now = Date.now()): Promise<Lockout | null> {
  const { byUsername, byAddress } = limiters();
  const [user, client] = await Promise.all([byUsername.get(usernameKey(username)), byAddress.get(address)]);
  const lockedMs = Math.max(
    user && user.consumedPoints >= MAX_FAILURES_PER_USERNAME ? user.msBeforeNext : 0,
    client && client.consumedPoints >= MAX_FAILURES_PER_ADDRESS ? client.msBeforeNext : 0,
  );
  return lockedMs > 0 ? { until: new Date(now + lockedMs) } : null;
}

export type Attempt = {
  isRefused: boolean;
  isLastChance: boolean;
  succeeded: () => Promise<void>;
  lockOut: () => Promise<Lockout>;
};

/**
 * Counts an attempt before the password is checked, so that parallel guesses cannot slip past the
 * limit; a success gives its point back. The fifth failure locks the username for 15 minutes.
 */
export async function beginAttempt(username: string, address: string): Promise<Attempt> {
  const { byUsername, byAddress } = limiters();
  const key = usernameKey(username);
  const [user, client] = await Promise.all([byUsername.penalty(key, 1), byAddress.penalty(address, 1)]);
  return {
    isRefused: user.consumedPoints > MAX_FAILURES_PER_USERNAME || client.consumedPoints > MAX_FAILURES_PER_ADDRESS,
    isLastChance: user.consumedPoints === MAX_FAILURES_PER_USERNAME,
    succeeded: async () => {
      await Promise.all([byUsername.delete(key), byAddress.reward(address, 1)]);
    },
    lockOut: async () => {
      await byUsername.block(key, LOCKOUT_SECONDS);
      return { until: new Date(Date.now() + LOCKOUT_SECONDS * 1000) };
    },
  };
}

/** An ADMIN's unlock: the username may try again at once. */
export async function clearLockout(username: string): Promise<void> {
  await limiters().byUsername.delete(usernameKey(username));
}

/** The client's address: the last X-Forwarded-For hop, which the nearest proxy (or Next.js) wrote. */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const hops = value
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return (hops.at(-1) ?? "unknown").slice(0, 64);
}

/** Which of these usernames are locked out now, in one query (the users page). */
export async function lockedUsernames(usernames: string[], now = new Date()): Promise<Set<string>> {
  const rows = await db.loginThrottle.findMany({
    where: {
      key: { in: usernames.map((name) => `username:${usernameKey(name)}`) },
      points: { gte: MAX_FAILURES_PER_USERNAME },
      expire: { gt: now },
    },
    select: { key: true },
  });
  return new Set(rows.map((row) => row.key.slice("username:".length)));
}
