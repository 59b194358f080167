import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { readForceLevel } from "@/lib/levels/level-state";
import { forceChangeTarget, previewLevelChange, type PreviewSite } from "@/lib/levels/preview-rules";
import { compareResponseLevels, higherResponseLevel } from "@/lib/levels/response-levels";
import { reviewByProblem } from "@/lib/levels/review-by";
import { validateExpiry } from "@/lib/levels/set-site-override";
import { previewLevelSchema } from "@/lib/levels/schemas";
import { POLICY_REFERENCE } from "@/lib/policy/policy-reference";

const noChange = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

/** What confirming a change would do, and the version it would be based on. Changes nothing. */
export async function previewResponseLevel(user: CurrentUser, input: unknown, now = new Date()) {
  requirePermission(user, "level.set");
  const change = parseInput(previewLevelSchema, input);
  if (change.scope === "SITE" && !change.siteId)
    throw new AppError("VALIDATION", "Choose a site", { siteId: ["Choose a site"] });
  const [force, siteRows, policy] = await Promise.all([
    readForceLevel(db),
    db.siteLevel.findMany({
      where: { site: { closedAt: null } },
      select: {
        effectiveLevel: true,
        version: true,
        overrideLevel: true,
        overrideExpiresAt: true,
        site: { select: { id: true, code: true, name: true, type: true } },
      },
    }),
    db.policyVersion.findFirst({
      where: { reference: POLICY_REFERENCE, status: "PUBLISHED" },
      orderBy: { version: "desc" },
      select: {
        options: {
          where: { visibility: { not: "PERSONAL" } },
          select: {
            id: true,
            code: true,
            title: true,
            minLevel: true,
            siteTypes: true,
            officerHoursPerDay: true,
            costPerDay: true,
          },
        },
      },
    }),
  ]);
  const sites: (PreviewSite & { version: number })[] = siteRows.map((row) => ({
    ...row.site,
    effectiveLevel: row.effectiveLevel,
    version: row.version,
    override:
      row.overrideLevel && row.overrideExpiresAt
        ? { level: row.overrideLevel, expiresAt: row.overrideExpiresAt }
        : null,
  }));
  const options = (policy?.options ?? []).map((option) => ({
    ...option,
    officerHoursPerDay: Number(option.officerHoursPerDay),
  }));
  if (change.scope === "FORCE") {
    if (change.level === force.level) throw noChange("level", `The force is already at ${force.level}`);
    const problem = reviewByProblem(change.level, change.reviewBy, now);
    if (problem) throw noChange("reviewBy", problem);
    return {
      ...previewLevelChange(sites, options, forceChangeTarget(change.level, now)),
      basedOnVersion: force.version,
      forceLevel: force.level,
    };
  }
  const target = sites.find((site) => site.id === change.siteId);
  if (!target) throw new AppError("NOT_FOUND", "That site does not exist.");
  const raise = compareResponseLevels(change.level, force.level);
  if (raise < 0) throw noChange("level", `An override only raises a site above the force level (${force.level})`);
  if (raise === 0 && !target.override)
    throw noChange("level", `The site is already at the force level (${force.level})`);
  if (raise > 0) validateExpiry(change.expiresAt, now);
  const preview = previewLevelChange([target], options, () => higherResponseLevel(force.level, change.level));
  return { ...preview, basedOnVersion: target.version, forceLevel: force.level };
}

export type LevelPreviewResult = Awaited<ReturnType<typeof previewResponseLevel>>;
