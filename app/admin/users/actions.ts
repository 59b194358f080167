"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { setUserActive } from "@/lib/users/set-user-active";

export async function setUserActiveAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireUser();
    await setUserActive(actor, { userId: form.get("userId"), active: form.get("active") });
    revalidatePath("/admin/users");
    return { ok: true, message: "Saved." };
  } catch (error) {
    return toActionState(error);
  }
}
