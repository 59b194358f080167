"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import { updateChecklistItem } from "@/lib/levels/update-checklist-item";
import { fromLondonLocal } from "@/lib/london-time";

export const updateChecklistItemAction = serverAction(async (user, form) => {
  const dueAt = String(form.get("dueAt") ?? "");
  await updateChecklistItem(user, String(form.get("itemId") ?? ""), {
    status: form.get("status"),
    rationale: String(form.get("rationale") ?? "") || undefined,
    assigneeId: form.get("assigneeId") ?? undefined,
    dueAt: dueAt ? (fromLondonLocal(dueAt) ?? dueAt) : undefined,
    expectedVersion: form.get("expectedVersion"),
  });
  revalidatePath("/sites/[id]", "page");
  return { ok: true, message: "Saved." };
});
