"use client";

import { startTransition, useActionState } from "react";
import type { ActionState } from "@/lib/errors";

type FormAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

/**
 * Like `<form action>`, but the form keeps what the user entered when the action fails:
 * React resets a form after its action runs, and a `<select>` would lose the user's choice.
 */
export function useActionForm(action: FormAction) {
  const [state, dispatch, isPending] = useActionState(action, { ok: true });
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, isPending };
}
