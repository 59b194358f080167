"use client";

import { recordAlarmCallAction } from "@/app/alarms/actions";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { SelectField, TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { OUTCOMES } from "@/lib/alarms/labels";

export function AlarmCallForm({ requestId, now }: { requestId: string; now: string }) {
  const { state, onSubmit, isPending } = useActionForm(recordAlarmCallAction);
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <div className="w-full">
        <FormMessage state={state} />
      </div>
      <TextField
        id="alarm-call-at"
        name="occurredAt"
        label="When (UK time)"
        type="datetime-local"
        defaultValue={now}
        error={errors.occurredAt?.[0]}
      />
      <SelectField
        id="alarm-call-outcome"
        name="outcome"
        label="Outcome"
        error={errors.outcome?.[0]}
        options={OUTCOMES}
      />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Record the alarm call
      </button>
    </form>
  );
}
