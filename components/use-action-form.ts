"use client";

import { startTransition, useActionState } from "react";
import type { ActionState, FieldErrors } from "@/lib/errors";

type FormAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

/** The props that tie a field to its form: its name, an id unique on the page, and its error. */
export function fieldsOf(errors: FieldErrors | undefined, idPrefix?: string) {
  return (name: string) => ({
    id: idPrefix ? `${idPrefix}-${name}` : name,
    name,
    error: errors?.[name]?.[0],
  });
}

/**
 * Like `<form action>`, but the form keeps what the user entered when the action fails:
 * React resets a form after its action runs, and a `<select>` would lose the user's choice.
 * `field(name)` gives a field its id and its error from the last submission.
 */
export function useActionForm(action: FormAction, idPrefix?: string) {
  const [state, dispatch, isPending] = useActionState(action, { ok: true });
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The button pressed is part of what was submitted, as it is for a form posted without script.
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(form));
  };
  return { state, onSubmit, isPending, field: fieldsOf(state.fieldErrors, idPrefix) };
}
