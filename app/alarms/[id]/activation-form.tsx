"use client";

import { recordActivationAction } from "@/app/alarms/actions";
import { FormMessage, SelectField, secondaryButtonClass } from "@/components/form-controls";
import { TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { OUTCOMES } from "@/lib/alarms/labels";

export function ActivationForm({ requestId, now }: { requestId: string; now: string }) {
  const { state, onSubmit, isPending } = useActionForm(recordActivationAction);
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <div className="w-full"><FormMessage state={state} /></div>
      <TextField id="activation-at" name="occurredAt" label="When (UK time)" type="datetime-local" defaultValue={now} error={errors.occurredAt?.[0]} />
      <SelectField id="activation-outcome" name="outcome" label="Outcome" error={errors.outcome?.[0]} options={OUTCOMES} />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>Record activation</button>
    </form>
  );
}
