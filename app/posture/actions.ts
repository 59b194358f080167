"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { acknowledgePosture } from "@/lib/levels/acknowledge-posture";

export async function acknowledgePostureAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    await acknowledgePosture(user, { siteId: form.get("siteId"), postureVersion: form.get("postureVersion") });
    revalidatePath("/posture");
    return { ok: true, message: "Thank you: your acknowledgement is recorded." };
  } catch (error) {
    return toActionState(error);
  }
}
