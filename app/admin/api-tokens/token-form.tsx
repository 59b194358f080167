"use client";

import { createApiTokenAction } from "@/app/admin/api-tokens/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { CheckboxesField, TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { API_SCOPES } from "@/lib/api-tokens/scopes";

const SCOPE_CHOICES = Object.entries(API_SCOPES).map(([value, label]) => ({ value, label: `${value}: ${label}` }));

/** A new token for a system: its secret is shown this once, to copy into that system. */
export function TokenForm() {
  const { state, onSubmit, isPending, field } = useActionForm(createApiTokenAction, "token");
  const { secret } = state as { secret?: string };
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4" aria-label="Create an API token">
      <FormMessage state={state} field={field} />
      {state.ok && secret && (
        <div role="status" className="space-y-1 border-l-4 border-brand bg-white p-3" data-testid="token-secret">
          <p className="font-semibold">Copy the token now: it is not kept and will not be shown again.</p>
          <code className="block break-all text-lg">{secret}</code>
          <p className="text-sm">
            The system sends it as <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
        </div>
      )}
      <TextField {...field("name")} label="Name" hint="Which system holds it, like Access control (Gallagher)" />
      <CheckboxesField {...field("scopes")} label="What it may do" choices={SCOPE_CHOICES} columns={false} />
      <div className="max-w-40">
        <TextField
          {...field("expiresInDays")}
          label="Lasts for (days)"
          hint="1 to 366. Make a new one before it expires."
          inputMode="numeric"
          defaultValue="90"
        />
      </div>
      <button type="submit" disabled={isPending} className={buttonClass}>
        Create the token
      </button>
    </form>
  );
}
