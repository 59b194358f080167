"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { updateChecklistItem } from "@/lib/levels/update-checklist-item";
import { fromLondonLocal } from "@/lib/london-time";

export async function updateChecklistItemAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
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
  } catch (error) {
    return toActionState(error);
  }
}
