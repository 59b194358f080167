"use server";

import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/manage-tokens";
import type { ActionState } from "@/lib/errors";
import { serverAction } from "@/lib/http/server-action";

export type WithSecret = ActionState & { secret?: string };

export const createApiTokenAction = serverAction<WithSecret>(async (user, form) => {
  const token = await createApiToken(user, {
    name: form.get("name") ?? undefined,
    scopes: form.getAll("scopes"),
    expiresInDays: form.get("expiresInDays") ?? undefined,
  });
  revalidatePath("/admin/api-tokens");
  return { ok: true, message: `Created the token "${token.name}".`, secret: token.secret };
});

export const revokeApiTokenAction = serverAction(async (user, form) => {
  const token = await revokeApiToken(user, String(form.get("tokenId") ?? ""));
  revalidatePath("/admin/api-tokens");
  return { ok: true, message: `Revoked "${token.name}": it no longer works.` };
});
