import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { AppError, parseInput } from "@/lib/errors";
import { STALE_MESSAGE, StaleVersionError } from "@/lib/levels/level-state";
import { readPosture, readPostureForSystem } from "@/lib/levels/read-posture";
import { personActor, systemActor, type LevelActor } from "@/lib/levels/level-actor";
import type { TokenCaller } from "@/lib/api-tokens/bearer";
import { changeLevelSchema } from "@/lib/levels/schemas";
import { setForceLevel } from "@/lib/levels/set-force-level";
import { setSiteOverride } from "@/lib/levels/set-site-override";

/** `POST /api/levels` and the level forms: a force change or a site override, never a lost update. */
export async function changeResponseLevel(user: CurrentUser, input: unknown, now = new Date()) {
  requirePermission(user, "level.set");
  await applyLevelChange(personActor(user), input, now, () => readPosture(user, now));
  return readPosture(user, now);
}

/**
 * `POST /api/levels` by another system with an API token (levels:write), under the same rules as a
 * commander's change; recorded as the token's, and answered with the posture a system may read.
 */
export async function changeResponseLevelAsSystem(token: TokenCaller, input: unknown, now = new Date()) {
  await applyLevelChange(systemActor(token), input, now, () => readPostureForSystem(now));
  return readPostureForSystem(now);
}

async function applyLevelChange(actor: LevelActor, input: unknown, now: Date, current: () => Promise<unknown>) {
  const change = parseInput(changeLevelSchema, input);
  try {
    if (change.scope === "SITE") await setSiteOverride(actor, { ...change, siteId: change.siteId! }, now);
    else await setForceLevel(actor, change, now);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    throw new AppError("CONFLICT", STALE_MESSAGE, undefined, { current: await current() });
  }
}
