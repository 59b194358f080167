"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/errors";

type Props = {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  userId: string;
  username: string;
  label: string;
  fields?: Record<string, string>;
};

/** One button that acts on one user, saying what happened beside it. */
export function UserAccessButton({ action, userId, username, label, fields = {} }: Props) {
  const [state, dispatch, isPending] = useActionState(action, { ok: true });
  return (
    <form action={dispatch} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={isPending} className="rounded border border-gray-700 px-2 py-1 hover:bg-gray-100">
        {label}
        <span className="sr-only"> {username}</span>
      </button>
      <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-800"}>
        {state.message}
      </span>
    </form>
  );
}
