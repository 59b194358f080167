"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { createPolicyDraft, publishPolicyDraft, removeDraftOption, saveDraftOption, updateDraftDetails } from "@/lib/policy/edit-policy";

async function run(work: () => Promise<unknown>, message: string): Promise<ActionState> {
  try {
    await work();
    revalidatePath("/admin/policy");
    return { ok: true, message };
  } catch (error) {
    return toActionState(error);
  }
}

export async function createDraftAction(): Promise<ActionState> {
  return run(async () => createPolicyDraft(await requireUser()), "A new draft has been started from the latest version.");
}

export async function saveOptionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = { ...Object.fromEntries(form), siteTypes: form.getAll("siteTypes") };
  return run(async () => saveDraftOption(await requireUser(), input), "Option saved in the draft.");
}

export async function removeOptionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => removeDraftOption(await requireUser(), form.get("optionId")), "Option removed from the draft.");
}

export async function updateDetailsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => updateDraftDetails(await requireUser(), { owner: form.get("owner") }), "Draft details saved.");
}

export async function publishDraftAction(): Promise<ActionState> {
  return run(async () => publishPolicyDraft(await requireUser()), "Published. Open checklists keep the options they were opened with.");
}
