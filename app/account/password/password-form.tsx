"use client";

import { changePasswordAction } from "@/app/account/password/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-rules";

export function PasswordForm({ username }: { username: string }) {
  const { state, onSubmit, isPending, field } = useActionForm(changePasswordAction);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4" aria-label="Change your password">
      {/* Lets a password manager file the new password under the right account. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <FormMessage state={state} field={field} />
      <TextField
        {...field("currentPassword")}
        label="Current password"
        type="password"
        autoComplete="current-password"
      />
      <TextField
        {...field("newPassword")}
        label="New password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Three random words make a strong one you can remember.`}
        type="password"
        autoComplete="new-password"
      />
      <TextField {...field("confirmPassword")} label="New password again" type="password" autoComplete="new-password" />
      <button type="submit" disabled={isPending} className={buttonClass}>
        Change password
      </button>
    </form>
  );
}
