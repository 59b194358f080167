import "server-only";
import { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { coverageScope, requireCoverageAccess } from "@/lib/levels/access";
import { acknowledgementKey } from "@/lib/levels/read-staff-posture";
import { saveAcknowledgement } from "@/lib/levels/save-acknowledgement";
import { forgetCached } from "@/lib/live/event-cache";

const recordAcknowledgementSchema = z
  .object({
    userId: z.uuid("Choose a member of staff").optional(),
    method: z.enum(["APP", "IN_PERSON"], { error: "The method is APP or IN_PERSON" }).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.userId && value.method !== "IN_PERSON") {
      ctx.addIssue({ code: "custom", path: ["method"], message: "Recording for someone else needs method IN_PERSON" });
    }
    if (!value.userId && value.method === "IN_PERSON") {
      ctx.addIssue({ code: "custom", path: ["userId"], message: "Choose who was briefed in person" });
    }
  });

/**
 * `POST /api/posture/acknowledgements`: `{}` acknowledges the caller's own site's posture now in
 * force, as the page's button does; `{userId, method: "IN_PERSON"}` records that someone was
 * briefed in person, by a site lead of that person's site or a commander, who is kept as the
 * recorder. `created` is false when it was already acknowledged.
 */
export async function recordAcknowledgement(user: CurrentUser, input: unknown) {
  requirePermission(user, "posture.acknowledge");
  const { userId } = parseInput(recordAcknowledgementSchema, input ?? {});
  const forSomeoneElse = userId !== undefined && userId !== user.id;
  const person = forSomeoneElse
    ? await db.user.findFirst({
        where: { id: userId, active: true },
        select: { id: true, username: true, homeSiteId: true },
      })
    : { id: user.id, username: user.username, homeSiteId: user.homeSiteId };
  if (!person)
    throw new AppError("VALIDATION", "Choose an active member of staff", {
      userId: ["Choose an active member of staff"],
    });
  if (forSomeoneElse) requireBriefingRecorder(user, person.homeSiteId);
  if (!person.homeSiteId) {
    throw new AppError("CONFLICT", "There is no site to acknowledge: no home site is recorded for this person.");
  }
  const siteId = person.homeSiteId;
  const result = await db.$transaction(async (tx) => {
    const level = await tx.siteLevel.findUniqueOrThrow({
      where: { siteId },
      select: { version: true, effectiveLevel: true },
    });
    return saveAcknowledgement(tx, user, {
      person,
      siteId,
      postureVersion: level.version,
      level: level.effectiveLevel,
    });
  });
  forgetCached(acknowledgementKey(person.id, siteId, result.acknowledgement.postureVersion));
  return result;
}

function requireBriefingRecorder(user: CurrentUser, personSiteId: string | null) {
  if (!coverageScope(user)(personSiteId)) {
    throw new AppError("FORBIDDEN", "Only a site lead of that person's site, or a commander, may record a briefing.");
  }
}

/** The coverage page's "Briefed in person": for commanders and site leads only, whatever the input. */
export async function recordBriefing(user: CurrentUser, input: { userId: unknown }) {
  requireCoverageAccess(user);
  return recordAcknowledgement(user, { userId: input.userId, method: "IN_PERSON" });
}
