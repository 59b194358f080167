"use server";

import { redirect } from "next/navigation";
import { getSessionId } from "@/lib/auth/session";
import { serverAction } from "@/lib/http/server-action";
import { changeOwnPassword } from "@/lib/users/change-own-password";

export const changePasswordAction = serverAction(
  async (user, form) => {
    await changeOwnPassword(user, await getSessionId(), {
      currentPassword: form.get("currentPassword"),
      newPassword: form.get("newPassword"),
      confirmPassword: form.get("confirmPassword"),
    });
    // Someone choosing their first password goes on to where their day starts.
    if (user.mustChangePassword) redirect("/");
    return { ok: true, message: "Your password is changed. Your other browsers are signed out." };
  },
  undefined,
  { beforePasswordChange: true },
);
