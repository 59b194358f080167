"use client";

import { recordAlarmCallAction } from "@/app/alarms/actions";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { DateTimeField, SelectField } from "@/components/form-field";
import type { DateInputValues } from "@/lib/date-input";
import { useActionForm } from "@/components/use-action-form";
import { OUTCOMES } from "@/lib/alarms/labels";

export function AlarmCallForm({ requestId, now }: { requestId: string; now: DateInputValues }) {
  const { state, onSubmit, isPending, field } = useActionForm(recordAlarmCallAction, "alarm-call");
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <div className="w-full">
        <FormMessage state={state} field={field} />
      </div>
      <DateTimeField {...field("occurredAt")} label="When (UK time)" defaultValue={now} />
      <SelectField {...field("outcome")} label="Outcome" options={OUTCOMES} />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Record the alarm call
      </button>
    </form>
  );
}
