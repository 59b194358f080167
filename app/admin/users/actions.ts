"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import { endUserSessions, unlockUser } from "@/lib/users/manage-access";
import { setUserActive } from "@/lib/users/set-user-active";

const saved = (message: string) => {
  revalidatePath("/admin/users");
  return { ok: true, message };
};

export const setUserActiveAction = serverAction(async (user, form) => {
  await setUserActive(user, { userId: form.get("userId"), active: form.get("active") });
  return saved("Saved.");
});

export const endUserSessionsAction = serverAction(async (user, form) => {
  const ended = await endUserSessions(user, { userId: form.get("userId") });
  return saved(ended === 1 ? "1 session ended." : `${ended} sessions ended.`);
});

export const unlockUserAction = serverAction(async (user, form) => {
  await unlockUser(user, { userId: form.get("userId") });
  return saved("Unlocked: they can sign in again.");
});
