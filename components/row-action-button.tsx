"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/errors";

type Props = {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  /** The hidden fields that name the row: `{ userId }`, `{ eventId }`, … */
  fields: Record<string, string>;
  label: string;
  /** Read after the label by screen readers, so each row's button has its own name. */
  context: string;
};

/** One button that acts on one row of a table, saying what happened beside it. */
export function RowActionButton({ action, fields, label, context }: Props) {
  const [state, dispatch, isPending] = useActionState(action, { ok: true });
  return (
    <form action={dispatch} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={isPending} className="rounded border border-gray-700 px-2 py-1 hover:bg-gray-100">
        {label}
        <span className="sr-only"> {context}</span>
      </button>
      <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-800"}>
        {state.message}
      </span>
    </form>
  );
}
