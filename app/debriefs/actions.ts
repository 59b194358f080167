"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import { submitDebrief } from "@/lib/levels/debriefs";

/** Each option's reason arrives as "reason:<code>". */
export const submitDebriefAction = serverAction(async (user, form) => {
  const notImplemented = [...form.keys()]
    .filter((name) => name.startsWith("reason:"))
    .map((name) => ({ code: name.slice("reason:".length), reason: String(form.get(name) ?? "") }));
  await submitDebrief(user, String(form.get("debriefId") ?? ""), {
    whatWorked: form.get("whatWorked"),
    whatDidNot: form.get("whatDidNot"),
    notImplemented,
    officerHours: form.get("officerHours"),
    cost: form.get("cost"),
    expectedVersion: form.get("expectedVersion"),
  });
  revalidatePath("/debriefs/[id]", "page");
  return { ok: true, message: "Debrief saved. It is kept with the activation and feeds the policy review." };
});
