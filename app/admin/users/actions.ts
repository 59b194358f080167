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
  const changed = await setUserActive(user, { userId: form.get("userId"), active: form.get("active") });
  return saved(
    changed.active
      ? `Reactivated ${changed.username}: they can sign in again.`
      : `Deactivated ${changed.username}: they are signed out and can no longer sign in.`,
  );
});

export const endUserSessionsAction = serverAction(async (user, form) => {
  const ended = await endUserSessions(user, { userId: form.get("userId") });
  return saved(ended === 1 ? "1 session ended." : `${ended} sessions ended.`);
});

export const unlockUserAction = serverAction(async (user, form) => {
  await unlockUser(user, { userId: form.get("userId") });
  return saved("Unlocked: they can sign in again.");
});
