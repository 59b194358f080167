"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { toActionState, toAppError, type ActionState } from "@/lib/errors";
import { previewResponseLevel, type LevelPreviewResult } from "@/lib/levels/preview-response-level";
import { recordThreatLevel } from "@/lib/levels/record-threat-level";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { fromLondonLocal } from "@/lib/london-time";

function levelChangeInput(form: FormData) {
  const expiresAt = String(form.get("expiresAt") ?? "");
  return {
    scope: form.get("scope"),
    siteId: form.get("siteId") || undefined,
    level: form.get("level"),
    reason: form.get("reason"),
    expiresAt: expiresAt ? (fromLondonLocal(expiresAt) ?? expiresAt) : undefined,
    expectedVersion: form.get("expectedVersion"),
  };
}

export async function recordThreatAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    await recordThreatLevel(user, { scope: form.get("scope"), level: form.get("level"), reason: form.get("reason"), source: form.get("source") });
    revalidatePath("/levels");
    return { ok: true, message: "Threat level recorded. No response level has changed." };
  } catch (error) {
    return toActionState(error);
  }
}

export type PreviewState = ActionState & { preview?: LevelPreviewResult };

export async function previewLevelAction(form: FormData): Promise<PreviewState> {
  try {
    const user = await requireUser();
    const { reason: _reason, expectedVersion: _version, ...input } = levelChangeInput(form);
    return { ok: true, preview: await previewResponseLevel(user, input) };
  } catch (error) {
    return toActionState(error);
  }
}

export async function changeLevelAction(form: FormData): Promise<ActionState & { isStale?: boolean }> {
  try {
    const user = await requireUser();
    await changeResponseLevel(user, levelChangeInput(form));
    revalidatePath("/", "layout");
    return { ok: true, message: "The response level has been changed and the checklists opened." };
  } catch (error) {
    const appError = toAppError(error);
    return { ...toActionState(appError), isStale: appError.code === "CONFLICT" };
  }
}
