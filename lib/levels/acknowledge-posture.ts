import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { acknowledgementKey } from "@/lib/levels/read-staff-posture";
import { saveAcknowledgement } from "@/lib/levels/save-acknowledgement";
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
    const { acknowledgement } = await saveAcknowledgement(tx, user, {
      person: user,
      siteId,
      postureVersion,
      level: level.effectiveLevel,
    });
    return { acknowledgedAt: acknowledgement.acknowledgedAt };
  });
  forgetCached(acknowledgementKey(user.id, siteId, postureVersion));
  return acknowledgement;
}
