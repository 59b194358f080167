"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { endUserSessions, unlockUser } from "@/lib/users/manage-access";
import { setUserActive } from "@/lib/users/set-user-active";

async function run(work: () => Promise<string>): Promise<ActionState> {
  try {
    const message = await work();
    revalidatePath("/admin/users");
    return { ok: true, message };
  } catch (error) {
    return toActionState(error);
  }
}

export async function setUserActiveAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    await setUserActive(await requireUser(), { userId: form.get("userId"), active: form.get("active") });
    return "Saved.";
  });
}

export async function endUserSessionsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const ended = await endUserSessions(await requireUser(), { userId: form.get("userId") });
    return ended === 1 ? "1 session ended." : `${ended} sessions ended.`;
  });
}

export async function unlockUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    await unlockUser(await requireUser(), { userId: form.get("userId") });
    return "Unlocked: they can sign in again.";
  });
}
