import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { AppError, parseInput } from "@/lib/errors";
import { applyEffectiveLevels } from "@/lib/levels/apply-effective-levels";
import { lockForceLevel } from "@/lib/levels/level-state";
import { readPosture } from "@/lib/levels/read-posture";
import { changeLevelSchema } from "@/lib/levels/schemas";
import { setSiteOverride } from "@/lib/levels/set-site-override";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";

/** `POST /api/levels` and the level forms: a force change or a site override, never a lost update. */
export async function changeResponseLevel(user: CurrentUser, input: unknown, now = new Date()) {
  requirePermission(user, "level.set");
  const change = parseInput(changeLevelSchema, input);
  try {
    if (change.scope === "SITE") await setSiteOverride(user, { ...change, siteId: change.siteId! }, now);
    else await setForceLevel(user, change, now);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    throw new AppError("CONFLICT", STALE_MESSAGE, undefined, { current: await readPosture(user, now) });
  }
  return readPosture(user, now);
}

async function setForceLevel(user: CurrentUser, change: { level: "NORMAL" | "HEIGHTENED" | "EXCEPTIONAL"; reason: string; expectedVersion: number }, now: Date) {
  await commitPostureChange(async (tx) => {
    const current = await lockForceLevel(tx, "update");
    if (current.version !== change.expectedVersion) throw new StaleVersionError();
    if (current.level === change.level) {
      throw new AppError("VALIDATION", "The force is already at that level.", { level: [`The force is already at ${current.level}`] });
    }
    await tx.forceLevel.update({
      where: { id: 1 },
      data: { level: change.level, since: now, reason: change.reason, version: { increment: 1 }, changedById: user.id },
    });
    const applied = await applyEffectiveLevels(tx, change.level, now);
    await tx.levelChange.create({
      data: { scope: "FORCE", kind: "FORCE_SET", fromLevel: current.level, toLevel: change.level, reason: change.reason, actorId: user.id, occurredAt: now },
    });
    await recordAuditEvent(tx, {
      type: "level.forceChanged",
      actorId: user.id,
      entityType: "ForceLevel",
      entityId: "1",
      payload: { from: current.level, to: change.level, reason: change.reason, sitesMoved: applied.moves.length, itemsOpened: applied.itemsOpened },
    });
    await recordPostureEvent(tx, "force");
  }, LONG_TRANSACTION);
}

/** A force-wide change writes thousands of rows in one transaction. */
export const LONG_TRANSACTION = { timeout: 60_000, maxWait: 30_000 } as const;

const STALE_MESSAGE = "Someone else changed the response level while you were deciding. Review the current level and try again.";

/** Thrown inside the transaction; `changeResponseLevel` answers it with the current state. */
export class StaleVersionError extends AppError {
  constructor() {
    super("CONFLICT", STALE_MESSAGE);
  }
}
