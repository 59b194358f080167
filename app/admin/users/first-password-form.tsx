"use client";

import { setFirstPasswordAction } from "@/app/admin/users/actions";
import { secondaryButtonClass, FormMessage } from "@/components/form-controls";
import { TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";

/** For a user who forgot their password: a new first password, and they choose their own at sign-in. */
export function FirstPasswordForm({ userId, username }: { userId: string; username: string }) {
  const { state, onSubmit, isPending, field } = useActionForm(setFirstPasswordAction, "reset");
  const { firstPassword } = state as { firstPassword?: string | null };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-md space-y-3"
      aria-label={`New first password for ${username}`}
    >
      <h3 className="text-lg font-semibold">Forgotten password</h3>
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} field={field} />
      {state.ok && firstPassword && (
        <p role="status" data-testid="first-password">
          Their new first password, shown this once: <code className="text-lg font-bold">{firstPassword}</code>
        </p>
      )}
      <TextField
        {...field("password")}
        label="New first password (optional)"
        hint="Leave empty and one is made up and shown once."
        type="password"
        autoComplete="new-password"
      />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Give a new first password
      </button>
    </form>
  );
}
