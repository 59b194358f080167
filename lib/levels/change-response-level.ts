import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { AppError, parseInput } from "@/lib/errors";
import { STALE_MESSAGE, StaleVersionError } from "@/lib/levels/level-state";
import { readPosture } from "@/lib/levels/read-posture";
import { changeLevelSchema } from "@/lib/levels/schemas";
import { setForceLevel } from "@/lib/levels/set-force-level";
import { setSiteOverride } from "@/lib/levels/set-site-override";

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
