"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import { subscribe, subscribeToDistrict, unsubscribe } from "@/lib/notify/subscriptions";

export const followSiteAction = serverAction(async (user, form) => {
  await subscribe(user, { siteId: form.get("siteId") });
  revalidatePath("/estate");
  return { ok: true, message: "Following: you will be emailed when its level changes." };
});

export const followDistrictAction = serverAction(async (user, form) => {
  const { added, sites } = await subscribeToDistrict(user, { district: form.get("district") });
  revalidatePath("/estate");
  return { ok: true, message: `Following all ${sites} sites (${added} new).` };
});

export const unfollowSiteAction = serverAction(async (user, form) => {
  await unsubscribe(user, String(form.get("siteId") ?? ""));
  revalidatePath("/estate");
  return { ok: true, message: "No longer following." };
});
