"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import { recordBriefing } from "@/lib/levels/record-acknowledgement";

/** A site lead records that someone was briefed on the posture in person. */
export const recordBriefingAction = serverAction(async (user, form) => {
  const { created } = await recordBriefing(user, { userId: form.get("userId") });
  revalidatePath("/coverage");
  return { ok: true, message: created ? "Recorded: briefed in person." : "Already acknowledged." };
});
