import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { acknowledgementKey } from "@/lib/levels/read-staff-posture";
import { acknowledgeSchema } from "@/lib/levels/schemas";
import { forgetCached } from "@/lib/live/event-cache";

/** "I have read this": once per person per posture change of their site. */
export async function acknowledgePosture(user: CurrentUser, input: unknown) {
  requirePermission(user, "posture.acknowledge");
  const { siteId, postureVersion } = parseInput(acknowledgeSchema, input);
  if (siteId !== user.homeSiteId) throw new AppError("FORBIDDEN", "You acknowledge the posture of your own site.");
  const acknowledgement = await db.$transaction(async (tx) => {
    const level = await tx.siteLevel.findUnique({ where: { siteId }, select: { version: true, effectiveLevel: true } });
    if (!level || level.version !== postureVersion) {
      throw new AppError(
        "CONFLICT",
        "The posture changed before you acknowledged it: read the new posture and acknowledge again.",
      );
    }
    // A double click or a second tab acknowledges once: the unique key decides, quietly.
    const { count } = await tx.acknowledgement.createMany({
      data: [{ userId: user.id, siteId, postureVersion }],
      skipDuplicates: true,
    });
    if (count > 0) {
      await recordAuditEvent(tx, {
        type: "posture.acknowledged",
        actorId: user.id,
        entityType: "Site",
        entityId: siteId,
        payload: { siteId, postureVersion, level: level.effectiveLevel },
      });
    }
    return tx.acknowledgement.findUniqueOrThrow({
      where: { userId_siteId_postureVersion: { userId: user.id, siteId, postureVersion } },
      select: { acknowledgedAt: true },
    });
  });
  forgetCached(acknowledgementKey(user.id, siteId, postureVersion));
  return acknowledgement;
}
