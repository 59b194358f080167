import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { AppError, parseInput } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/http/params";
import { lockForceLevel } from "@/lib/levels/level-state";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";

export const closeSiteSchema = z.object({
  closed: z.literal(true, { error: "Send closed: true to close the site" }),
  reason: z
    .string({ error: "Give the reason for closing the site" })
    .trim()
    .min(5, "Give the reason for closing the site: at least 5 characters")
    .max(500, "Keep the reason under 500 characters"),
});

/**
 * Closes a site (`PATCH /api/admin/sites/{id}` with `{closed: true, reason}`): it keeps its
 * history, and leaves the live posture, coverage, notifications and every new level change. Its
 * open checklist and level period end now; an override ends with it. No debrief: nothing stood down.
 */
export async function closeSite(user: CurrentUser, siteId: string, input: unknown, now = new Date()) {
  requirePermission(user, "site.manage");
  uuidOrNotFound(siteId, "That site does not exist.");
  const { reason } = parseInput(closeSiteSchema, input);
  return commitPostureChange(async (tx) => {
    await lockForceLevel(tx, "share");
    const [site] = await tx.$queryRaw<{ code: string; name: string; closedAt: Date | null }[]>`
      SELECT "code", "name", "closedAt" FROM "Site" WHERE "id" = ${siteId}::uuid FOR UPDATE`;
    if (!site) throw new AppError("NOT_FOUND", "That site does not exist.");
    if (site.closedAt) throw new AppError("CONFLICT", `${site.code} is already closed.`);
    await tx.site.update({ where: { id: siteId }, data: { closedAt: now } });
    await tx.siteLevel.update({
      where: { siteId },
      data: { overrideLevel: null, overrideReason: null, overrideExpiresAt: null, version: { increment: 1 } },
    });
    await tx.activation.updateMany({ where: { siteId, closedAt: null }, data: { closedAt: now } });
    await tx.siteLevelPeriod.updateMany({ where: { siteId, endedAt: null }, data: { endedAt: now } });
    await recordAuditEvent(tx, {
      type: "site.closed",
      actorId: user.id,
      entityType: "Site",
      entityId: siteId,
      payload: { code: site.code, reason },
    });
    await recordPostureEvent(tx, "site", siteId);
    return { id: siteId, code: site.code, name: site.name, closedAt: now };
  });
}
