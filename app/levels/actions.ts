"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/errors";
import { serverAction } from "@/lib/http/server-action";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { previewResponseLevel, type LevelPreviewResult } from "@/lib/levels/preview-response-level";
import { recordThreatLevel } from "@/lib/levels/record-threat-level";
import { reviewResponseLevel } from "@/lib/levels/review-response-level";
import { readDateInput } from "@/lib/date-input";
import { formatDateTime } from "@/lib/format";

function levelChangeInput(form: FormData) {
  return {
    scope: form.get("scope"),
    siteId: form.get("siteId") || undefined,
    level: form.get("level"),
    reason: form.get("reason"),
    expiresAt: readDateInput(form, "expiresAt"),
    reviewBy: readDateInput(form, "reviewBy"),
    expectedVersion: form.get("expectedVersion"),
  };
}

export const recordThreatAction = serverAction(async (user, form) => {
  await recordThreatLevel(user, {
    scope: form.get("scope"),
    level: form.get("level"),
    reason: form.get("reason"),
    source: form.get("source"),
  });
  revalidatePath("/levels");
  return { ok: true, message: "Threat level recorded. No response level has changed." };
});

export type PreviewState = ActionState & { preview?: LevelPreviewResult };

export const previewLevelAction = serverAction<PreviewState>(async (user, form) => {
  const { reason: _reason, expectedVersion: _version, ...input } = levelChangeInput(form);
  return { ok: true, preview: await previewResponseLevel(user, input) };
});

export type ChangeLevelState = ActionState & { isStale?: boolean };

export const changeLevelAction = serverAction<ChangeLevelState>(
  async (user, form) => {
    const input = levelChangeInput(form);
    const posture = await changeResponseLevel(user, input);
    revalidatePath("/", "layout");
    const site = posture.sites.find((candidate) => candidate.id === input.siteId);
    const message = site
      ? `${site.code} is now at ${site.effectiveLevel}${site.override ? ` until ${formatDateTime(site.override.expiresAt)}` : ""}.`
      : `The force is now at ${posture.force.level}. Sites that moved up have their checklists open.`;
    return { ok: true, message };
  },
  (error) => ({ isStale: error.code === "CONFLICT" }),
);

/**
 * Ends a site's override early: the site returns to the force level, nothing new opens. The form
 * goes with the override, so the site's page itself confirms it.
 */
export const endOverrideAction = serverAction(async (user, form) => {
  const siteId = String(form.get("siteId") ?? "");
  await changeResponseLevel(user, {
    scope: "SITE",
    siteId,
    level: form.get("forceLevel"),
    reason: form.get("reason"),
    expectedVersion: form.get("expectedVersion"),
  });
  revalidatePath("/", "layout");
  redirect(`/sites/${siteId}?override=ended`);
});

/** A commander's review of the force level: maintained until a new time, or changed. */
export const reviewLevelAction = serverAction(async (user, form) => {
  const posture = await reviewResponseLevel(user, {
    scope: "FORCE",
    decision: form.get("decision"),
    level: form.get("level") || undefined,
    reviewBy: readDateInput(form, "reviewBy"),
    reason: form.get("reason"),
    expectedVersion: form.get("expectedVersion"),
  });
  revalidatePath("/", "layout");
  const { level, reviewBy } = posture.force;
  return {
    ok: true,
    message:
      form.get("decision") === "MAINTAIN"
        ? `The force stays at ${level} until its next review, ${formatDateTime(reviewBy!)}.`
        : `The force is now at ${level}.`,
  };
});
