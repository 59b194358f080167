"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import {
  createPolicyDraft,
  publishPolicyDraft,
  removeDraftOption,
  saveDraftOption,
  updateDraftDetails,
} from "@/lib/policy/edit-policy";

const done = (message: string) => {
  revalidatePath("/admin/policy");
  return { ok: true, message };
};

export const createDraftAction = serverAction(async (user) => {
  await createPolicyDraft(user);
  return done("A new draft has been started from the latest version.");
});

export const saveOptionAction = serverAction(async (user, form) => {
  await saveDraftOption(user, { ...Object.fromEntries(form), siteTypes: form.getAll("siteTypes") });
  return done("Option saved in the draft.");
});

export const removeOptionAction = serverAction(async (user, form) => {
  await removeDraftOption(user, form.get("optionId"));
  return done("Option removed from the draft.");
});

export const updateDetailsAction = serverAction(async (user, form) => {
  await updateDraftDetails(user, { owner: form.get("owner") });
  return done("Draft details saved.");
});

export const publishDraftAction = serverAction(async (user, form) => {
  await publishPolicyDraft(user, { confirm: form.get("confirm") ?? undefined });
  return done("Published. Open checklists keep the options they were opened with.");
});
