"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/errors";
import { serverAction } from "@/lib/http/server-action";
import { endUserSessions, unlockUser } from "@/lib/users/manage-access";
import { createLocalUser, setFirstPassword, updateUserAsAdmin } from "@/lib/users/manage-users";
import { setUserActive } from "@/lib/users/set-user-active";

type WithFirstPassword = ActionState & { firstPassword?: string | null };

const saved = (message: string) => {
  revalidatePath("/admin/users", "layout");
  return { ok: true, message };
};

const detailsOf = (form: FormData) => ({
  displayName: form.get("displayName") ?? undefined,
  email: form.get("email") ?? undefined,
  roles: form.getAll("roles"),
  homeSiteId: form.get("homeSiteId") ?? undefined,
  leadSiteIds: form.getAll("leadSiteIds"),
});

export const createUserAction = serverAction<WithFirstPassword>(async (user, form) => {
  const created = await createLocalUser(user, {
    username: form.get("username") ?? undefined,
    password: form.get("password") ?? undefined,
    ...detailsOf(form),
  });
  return {
    ...saved(`Added ${created.username}.`),
    firstPassword: created.firstPassword,
  };
});

export const updateUserAction = serverAction(async (user, form) => {
  const updated = await updateUserAsAdmin(user, String(form.get("userId") ?? ""), detailsOf(form));
  return saved(`Saved ${updated.username}.`);
});

export const setFirstPasswordAction = serverAction<WithFirstPassword>(async (user, form) => {
  const reset = await setFirstPassword(user, String(form.get("userId") ?? ""), {
    password: form.get("password") ?? undefined,
  });
  return {
    ...saved(`${reset.username} is signed out and chooses a new password at their next sign-in.`),
    firstPassword: reset.firstPassword,
  };
});

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
