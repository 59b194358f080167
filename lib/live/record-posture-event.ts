import "server-only";
import type { Tx } from "@/lib/db";

/**
 * What changed, and so who hears of it (lib/live/event-audience.ts): "threat", "force" and
 * "policy" concern everyone; "site" a site's level; "measures" what a site's staff are asked to do
 * (and its checklist); "checklist" only the checklist's readers. "session": a session was revoked;
 * streams check theirs and pages are not refreshed for it.
 */
export type PostureEventType = "threat" | "force" | "site" | "measures" | "checklist" | "policy" | "session";

/**
 * Written in the changing transaction: live pages hear of it only once it commits, and a server
 * that missed the NOTIFY still finds it by id (docs/decisions/007-live-updates.md).
 */
export async function recordPostureEvent(tx: Tx, type: PostureEventType, siteId: string | null = null) {
  await tx.postureEvent.create({ data: { type, siteId }, select: { id: true } });
}
