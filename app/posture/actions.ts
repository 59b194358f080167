"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import { acknowledgePosture } from "@/lib/levels/acknowledge-posture";

export const acknowledgePostureAction = serverAction(async (user, form) => {
  await acknowledgePosture(user, { siteId: form.get("siteId"), postureVersion: form.get("postureVersion") });
  revalidatePath("/posture");
  return { ok: true, message: "Thank you: your acknowledgement is recorded." };
});
