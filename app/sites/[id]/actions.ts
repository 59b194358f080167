"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import { updateChecklistItem } from "@/lib/levels/update-checklist-item";
import { readDateInput } from "@/lib/date-input";

export const updateChecklistItemAction = serverAction(async (user, form) => {
  await updateChecklistItem(user, String(form.get("itemId") ?? ""), {
    status: form.get("status"),
    rationale: String(form.get("rationale") ?? "") || undefined,
    assigneeId: form.get("assigneeId") ?? undefined,
    dueAt: readDateInput(form, "dueAt"),
    expectedVersion: form.get("expectedVersion"),
  });
  revalidatePath("/sites/[id]", "page");
  return { ok: true, message: "Saved." };
});
