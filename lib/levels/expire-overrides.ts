import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { applyEffectiveLevels } from "@/lib/levels/apply-effective-levels";
import { LONG_TRANSACTION, lockForceLevel } from "@/lib/levels/level-state";
import type { ResponseLevel } from "@/lib/levels/response-levels";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";

/**
 * Ends every override whose time has come: the site returns to the force level, recorded as a
 * change by the system. Safe to run on several servers at once: each override is cleared by one
 * conditional update, and a server that finds it already cleared records nothing.
 */
export async function expireOverrides(now = new Date()): Promise<number> {
  const due = await db.siteLevel.findMany({
    where: { overrideExpiresAt: { lte: now } },
    select: { siteId: true },
  });
  let expired = 0;
  for (const { siteId } of due) {
    if (await expireOne(siteId, now)) expired += 1;
  }
  return expired;
}

async function expireOne(siteId: string, now: Date): Promise<boolean> {
  return commitPostureChange(async (tx) => {
    const force = await lockForceLevel(tx, "share");
    const [cleared] = await tx.$queryRaw<{ from: ResponseLevel; expiresAt: Date }[]>`
      WITH old AS (SELECT "siteId", "effectiveLevel", "overrideExpiresAt" FROM "SiteLevel" WHERE "siteId" = ${siteId}::uuid FOR UPDATE)
      UPDATE "SiteLevel" s SET "overrideLevel" = NULL, "overrideReason" = NULL, "overrideExpiresAt" = NULL, "version" = s."version" + 1
      FROM old WHERE s."siteId" = old."siteId" AND old."overrideExpiresAt" <= ${now}
      RETURNING old."effectiveLevel"::text AS "from", old."overrideExpiresAt" AS "expiresAt"`;
    if (!cleared) return false;
    const applied = await applyEffectiveLevels(tx, force.level, now, siteId);
    const to = applied.moves[0]?.to ?? cleared.from;
    await tx.levelChange.create({
      data: {
        scope: "SITE",
        kind: "OVERRIDE_EXPIRED",
        siteId,
        fromLevel: cleared.from,
        toLevel: to,
        reason: "Override expired",
        actorId: null,
        occurredAt: now,
      },
    });
    await recordAuditEvent(tx, {
      type: "level.overrideExpired",
      actorId: null,
      entityType: "Site",
      entityId: siteId,
      payload: { from: cleared.from, to, expiredAt: cleared.expiresAt.toISOString() },
    });
    await recordPostureEvent(tx, "site", siteId);
    return true;
  }, LONG_TRANSACTION);
}
