"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/errors";

type Props = {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  /** The hidden fields that name the row: `{ userId }`, `{ eventId }`, … */
  fields: Record<string, string>;
  label: string;
  /** Read after the label by screen readers, so each row's button has its own name. */
  context: string;
  /** For a step that is hard to undo: the question asked, with a second button, before it is done. */
  confirm?: string;
};

const buttonClass = "rounded border border-gray-700 px-2 py-1 hover:bg-gray-100";

/** One button that acts on one row of a table, saying what happened beside it. */
export function RowActionButton({ action, fields, label, context, confirm }: Props) {
  const [state, dispatch, isPending] = useActionState(action, { ok: true });
  const [isConfirming, setConfirming] = useState(false);
  return (
    <form
      action={(form) => {
        setConfirming(false);
        dispatch(form);
      }}
      className="flex flex-wrap items-center gap-2"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm && !isConfirming ? (
        <button type="button" className={buttonClass} onClick={() => setConfirming(true)}>
          {label}
          <span className="sr-only"> {context}</span>
        </button>
      ) : (
        <>
          {isConfirming && (
            <span role="alert" className="font-semibold">
              {confirm}
            </span>
          )}
          <button type="submit" disabled={isPending} className={buttonClass} autoFocus={isConfirming}>
            {isConfirming ? `Yes, ${label.toLowerCase()}` : label}
            <span className="sr-only"> {context}</span>
          </button>
          {isConfirming && (
            <button type="button" className={buttonClass} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          )}
        </>
      )}
      <span role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-800"}>
        {state.message}
      </span>
    </form>
  );
}
