"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { finishStocktake, moveAlarmUnit, scanAssetTag, startStocktake } from "@/lib/alarms/unit-custody";
import { serverAction } from "@/lib/http/server-action";
import { humanize } from "@/lib/format";

export const moveUnitAction = serverAction(async (user, form) => {
  const id = String(form.get("unitId") ?? "");
  const unit = await moveAlarmUnit(user, id, { to: form.get("to"), note: form.get("note") ?? undefined });
  revalidatePath("/alarms", "layout");
  return { ok: true, message: `${unit.assetTag} is now ${humanize(unit.status).toLowerCase()}.` };
});

export const startStocktakeAction = serverAction(async (user) => {
  const stocktake = await startStocktake(user);
  redirect(`/alarms/units/stocktakes/${stocktake.id}`);
});

export const scanTagAction = serverAction(async (user, form) => {
  const id = String(form.get("stocktakeId") ?? "");
  const { assetTag } = await scanAssetTag(user, id, { assetTag: form.get("assetTag") });
  revalidatePath(`/alarms/units/stocktakes/${id}`);
  return { ok: true, message: `${assetTag} counted.` };
});

export const finishStocktakeAction = serverAction(async (user, form) => {
  const id = String(form.get("stocktakeId") ?? "");
  await finishStocktake(user, id);
  revalidatePath(`/alarms/units/stocktakes/${id}`);
  return { ok: true };
});
