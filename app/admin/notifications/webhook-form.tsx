"use client";

import { addWebhookAction } from "@/app/admin/notifications/actions";
import { FieldError, TextField } from "@/components/form-field";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { useActionForm } from "@/components/use-action-form";

const EVENTS = [
  ["posture.changed", "A site's response level changed"],
  ["threat.recorded", "A threat level was recorded"],
] as const;

export function WebhookForm() {
  const { state, onSubmit, isPending, field } = useActionForm(addWebhookAction, "webhook");
  const events = field("events");
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-3" aria-label="Add a webhook">
      <FormMessage state={state} field={field} />
      <TextField
        {...field("url")}
        label="Receiver's address"
        hint="For example, https://access-control.force.example/estate"
      />
      <TextField
        {...field("secret")}
        label="Shared secret"
        hint="At least 16 characters. Deliveries are signed with it (X-Estate-Signature); it is never shown again."
        autoComplete="off"
      />
      <fieldset id={events.id} aria-describedby={events.error ? `${events.id}-error` : undefined}>
        <legend className="font-semibold">Events</legend>
        <FieldError id={`${events.id}-error`} message={events.error} />
        {EVENTS.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="events"
              value={value}
              className="size-5"
              defaultChecked={value === "posture.changed"}
            />
            {label} <code className="text-sm">({value})</code>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Add the webhook
      </button>
    </form>
  );
}
