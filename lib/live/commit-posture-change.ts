import "server-only";
import { db, type Tx } from "@/lib/db";
import { eventHub } from "@/lib/live/event-hub";

type Options = { timeout?: number; maxWait?: number };

/**
 * Runs a change that records posture events, then lets this server's hub read them before
 * returning: the page rendered right after the change never shows a cached state from before it.
 */
export async function commitPostureChange<T>(work: (tx: Tx) => Promise<T>, options?: Options): Promise<T> {
  const result = await db.$transaction(work, options);
  await eventHub().catchUp();
  return result;
}
