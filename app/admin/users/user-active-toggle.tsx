"use client";

import { useActionState } from "react";
import { setUserActiveAction } from "@/app/admin/users/actions";

export function UserActiveToggle({ userId, username, active }: { userId: string; username: string; active: boolean }) {
  const [state, action, isPending] = useActionState(setUserActiveAction, { ok: true });
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={String(!active)} />
      <button type="submit" disabled={isPending} className="rounded border border-gray-700 px-2 py-1 hover:bg-gray-100">
        {active ? "Deactivate" : "Reactivate"}
        <span className="sr-only"> {username}</span>
      </button>
      {!state.ok && (
        <span role="alert" className="text-red-800">
          {state.message}
        </span>
      )}
    </form>
  );
}
