"use client";

import { useState } from "react";
import { requestAlarmAction } from "@/app/alarms/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { SelectField, TextAreaField, TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { REASONS } from "@/lib/alarms/labels";
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
  const { state, onSubmit, isPending } = useActionForm(requestAlarmAction);
  const [days, setDays] = useState(28);
  const errors = state.fieldErrors ?? {};
  const error = (field: string) => errors[field]?.[0];
  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      {errors && Object.keys(errors).length > 0 && (
        <div role="alert" className="border-l-4 border-red-700 bg-red-50 p-3">
          <p className="font-semibold">
            There is a problem with {Object.keys(errors).length} field{Object.keys(errors).length === 1 ? "" : "s"}:
          </p>
          <ul className="list-disc pl-6">
            {Object.entries(errors).map(([field, messages]) => (
              <li key={field}>
                <a href={`#${field}`} className="underline">
                  {messages[0]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The premises</legend>
        <TextField name="addressLine1" label="Address line 1" autoComplete="off" error={error("addressLine1")} />
        <TextField
          name="addressLine2"
          label="Address line 2 (optional)"
          autoComplete="off"
          error={error("addressLine2")}
        />
        <TextField name="town" label="Town" autoComplete="off" error={error("town")} />
        <TextField
          name="postcode"
          label="Postcode"
          autoComplete="off"
          className="w-40 rounded border-2 border-gray-700 px-3 py-2"
          error={error("postcode")}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The person protected</legend>
        <TextField name="personName" label="Full name" autoComplete="off" error={error("personName")} />
        <TextField
          name="contactPhone"
          label="Safe phone number"
          type="tel"
          autoComplete="off"
          error={error("contactPhone")}
        />
        <TextAreaField
          name="contactNotes"
          label="How to contact them safely (optional)"
          error={error("contactNotes")}
          hint="For example: times to call, whether messages may be left."
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The risk</legend>
        <SelectField name="reasonCategory" label="Reason" error={error("reasonCategory")} options={REASONS} />
        <TextAreaField name="riskSummary" label="Risk summary" error={error("riskSummary")} />
        <TextAreaField
          name="hazards"
          label="Perpetrator and hazard information"
          error={error("hazards")}
          hint="What an officer attending needs to know: shown to them as a hazard marker while the alarm is live."
        />
        <TextField
          name="reference"
          label="Intelligence or crime reference"
          autoComplete="off"
          error={error("reference")}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The alarm</legend>
        <SelectField
          name="alarmType"
          label="Type of alarm"
          error={error("alarmType")}
          options={[
            { value: "PERSONAL_ATTACK", label: "Personal attack" },
            { value: "INTRUDER", label: "Intruder" },
          ]}
        />
        <TextField
          name="periodDays"
          label={`Days needed (${minDays} to ${maxDays})`}
          inputMode="numeric"
          defaultValue="28"
          error={error("periodDays")}
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
