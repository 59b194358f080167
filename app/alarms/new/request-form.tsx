"use client";

import { useRef, useState } from "react";
import { requestAlarmAction } from "@/app/alarms/actions";
import { AddressCheck, useAddressCheck } from "@/app/alarms/new/address-check";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { DateTimeField, SelectField, TextAreaField, TextField, YesNoField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { ALARM_TYPE_OPTIONS, REASONS, RISK_GRADE_OPTIONS } from "@/lib/alarms/labels";
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
  const form = useRef<HTMLFormElement>(null);
  const addressCheck = useAddressCheck(form);
  return (
    <form ref={form} onSubmit={onSubmit} className="max-w-2xl space-y-6" noValidate>
      <FormMessage state={state} field={field} />
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The premises</legend>
        <TextField {...field("addressLine1")} label="Address line 1" autoComplete="off" onBlur={addressCheck.check} />
        <TextField {...field("addressLine2")} label="Address line 2 (optional)" autoComplete="off" />
        <TextField {...field("town")} label="Town" autoComplete="off" />
        <TextField
          {...field("postcode")}
          label="Postcode"
          autoComplete="off"
          className="w-40 rounded border-2 border-gray-700 px-3 py-2"
          onBlur={addressCheck.check}
        />
        <AddressCheck result={addressCheck.result} />
        <TextAreaField
          {...field("accessNotes")}
          label="Access notes (optional)"
          hint="How to get in and what to expect: gates, entry codes held by the control room, dogs."
          rows={2}
        />
        <YesNoField {...field("occupierConsent")} label="Does the occupier consent to the alarm being fitted?" />
        <YesNoField
          {...field("landlordConsent")}
          label="If the property is rented, does the landlord consent? (leave blank if not rented)"
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The person protected</legend>
        <TextField {...field("personName")} label="Full name" autoComplete="off" />
        <TextField {...field("contactPhone")} label="Safe phone number" type="tel" autoComplete="off" />
        <TextAreaField
          {...field("safeContact")}
          label="Safe times and ways to make contact"
          hint="For example: mobile only, weekdays 9am to 3pm, never leave a voicemail."
          rows={2}
        />
        <TextField
          {...field("codeword")}
          label="Agreed codeword"
          hint="The word the person gives the control room to show they are safe to speak."
          autoComplete="off"
        />
        <TextField
          {...field("dependants")}
          label="Dependants at the address (optional)"
          hint="How many, and their ages: for example, 2 children aged 4 and 7."
          autoComplete="off"
        />
        <TextAreaField {...field("contactNotes")} label="Other notes on contact (optional)" rows={2} />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">The risk</legend>
        <SelectField
          {...field("reasonCategory")}
          label="Reason"
          options={[{ value: "", label: "Choose the reason" }, ...REASONS]}
        />
        <SelectField
          {...field("riskGrade")}
          label="DASH risk grade"
          options={[{ value: "", label: "Choose the grade" }, ...RISK_GRADE_OPTIONS]}
        />
        <DateTimeField {...field("riskAssessedOn")} label="Date of the risk assessment" withTime={false} />
        <YesNoField {...field("maracHeard")} label="Has the case been heard at a MARAC?" />
        <DateTimeField {...field("maracDate")} label="Date of the MARAC (if heard)" withTime={false} />
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
        <TextAreaField
          {...field("keyholders")}
          label="Keyholders (optional; intruder alarms)"
          hint="Names and safe numbers of people who hold keys."
          rows={2}
        />
        <TextField
          {...field("setUnsetBy")}
          label="Who sets and unsets it (optional; intruder alarms)"
          autoComplete="off"
        />
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
