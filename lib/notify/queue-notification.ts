import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { ResponseLevel, ThreatLevel, ThreatScope } from "@/lib/generated/prisma/enums";

/** What a posture change event carries: which sites moved, to what, and their new posture versions. */
export const postureChangedSchema = z.object({
  forceWide: z.boolean(),
  at: z.iso.datetime(),
  moves: z.array(
    z.object({
      siteId: z.string(),
      from: z.enum(ResponseLevel),
      to: z.enum(ResponseLevel),
      version: z.number(),
    }),
  ),
});

export const threatRecordedSchema = z.object({
  scope: z.enum(ThreatScope),
  level: z.enum(ThreatLevel),
  recordedAt: z.iso.datetime(),
});

export type PostureChanged = z.infer<typeof postureChangedSchema>;
export type ThreatRecorded = z.infer<typeof threatRecordedSchema>;

/**
 * One row in the change's own transaction, whatever the number of sites or people: the worker
 * works out who is told, so a force-wide change costs the change one insert.
 */
export async function queuePostureChange(
  tx: Tx,
  change: { moves: { siteId: string; from: string; to: string; version: number }[]; forceWide: boolean; at: Date },
) {
  if (change.moves.length === 0) return;
  const payload: PostureChanged = postureChangedSchema.parse({
    forceWide: change.forceWide,
    at: change.at.toISOString(),
    moves: change.moves.map(({ siteId, from, to, version }) => ({ siteId, from, to, version: Number(version) })),
  });
  await tx.notificationEvent.createMany({ data: [{ type: "posture.changed", payload }] });
}

export async function queueThreatRecorded(tx: Tx, threat: { scope: string; level: string; recordedAt: Date }) {
  const payload: ThreatRecorded = threatRecordedSchema.parse({
    ...threat,
    recordedAt: threat.recordedAt.toISOString(),
  });
  await tx.notificationEvent.createMany({ data: [{ type: "threat.recorded", payload }] });
}
