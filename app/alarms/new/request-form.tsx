"use client";

import { useState } from "react";
import { requestAlarmAction } from "@/app/alarms/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { SelectField, TextAreaField, TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { ALARM_TYPE_OPTIONS, REASONS } from "@/lib/alarms/labels";
import { pounds } from "@/lib/format";

export function AlarmRequestForm({
  costPerDay,
  minDays,
  maxDays,
}: {
  costPerDay: number;
  minDays: number;
  maxDays: number;
}) {
  const { state, onSubmit, isPending, field } = useActionForm(requestAlarmAction);
  const [days, setDays] = useState(28);
  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} field={field} />
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The premises</legend>
        <TextField {...field("addressLine1")} label="Address line 1" autoComplete="off" />
        <TextField {...field("addressLine2")} label="Address line 2 (optional)" autoComplete="off" />
        <TextField {...field("town")} label="Town" autoComplete="off" />
        <TextField
          {...field("postcode")}
          label="Postcode"
          autoComplete="off"
          className="w-40 rounded border-2 border-gray-700 px-3 py-2"
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The person protected</legend>
        <TextField {...field("personName")} label="Full name" autoComplete="off" />
        <TextField {...field("contactPhone")} label="Safe phone number" type="tel" autoComplete="off" />
        <TextAreaField
          {...field("contactNotes")}
          label="How to contact them safely (optional)"
          hint="For example: times to call, whether messages may be left."
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The risk</legend>
        <SelectField
          {...field("reasonCategory")}
          label="Reason"
          options={[{ value: "", label: "Choose the reason" }, ...REASONS]}
        />
        <TextAreaField {...field("riskSummary")} label="Risk summary" />
        <TextAreaField
          {...field("hazards")}
          label="Perpetrator and hazard information"
          hint="What an officer attending needs to know: shown to them as a hazard marker while the alarm is live."
        />
        <TextField {...field("reference")} label="Intelligence or crime reference" autoComplete="off" />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The alarm</legend>
        <SelectField {...field("alarmType")} label="Type of alarm" options={ALARM_TYPE_OPTIONS} />
        <TextField
          {...field("periodDays")}
          label={`Days needed (${minDays} to ${maxDays})`}
          inputMode="numeric"
          defaultValue="28"
          onChange={(event) => setDays(Number(event.currentTarget.value) || 0)}
        />
        <p aria-live="polite" data-testid="estimated-cost">
          Estimated cost: <strong>{pounds(Math.max(0, days) * costPerDay)}</strong> ({pounds(costPerDay)} a day)
        </p>
      </fieldset>
      <button type="submit" disabled={isPending} className={buttonClass}>
        Submit the request
      </button>
    </form>
  );
}
