"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import { closeSite } from "@/lib/sites/close-site";
import { createSite, updateSite } from "@/lib/sites/manage-sites";

const fieldsOf = (form: FormData) =>
  Object.fromEntries(
    ["code", "name", "type", "district", "address"].map((name) => [name, form.get(name) ?? undefined]),
  );

export const createSiteAction = serverAction(async (user, form) => {
  const site = await createSite(user, fieldsOf(form));
  revalidatePath("/admin/sites");
  return { ok: true, message: `Added ${site.code} ${site.name}, at the force level (${site.level}).` };
});

export const updateSiteAction = serverAction(async (user, form) => {
  const site = await updateSite(user, String(form.get("siteId") ?? ""), fieldsOf(form));
  revalidatePath("/admin/sites");
  return { ok: true, message: `Saved ${site.code} ${site.name}.` };
});

export const closeSiteAction = serverAction(async (user, form) => {
  const site = await closeSite(user, String(form.get("siteId") ?? ""), { closed: true, reason: form.get("reason") });
  revalidatePath("/admin/sites");
  revalidatePath(`/admin/sites/${site.id}`);
  return { ok: true, message: `Closed ${site.code} ${site.name}.` };
});
