"use client";

import { recordDisclosureAction } from "@/app/alarms/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { DateTimeField, TextAreaField, TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { DateInputValues } from "@/lib/date-input";

/** Personal data given to someone outside the app: recorded here, shown with the access log (s62). */
export function DisclosureForm({ requestId, now }: { requestId: string; now: DateInputValues }) {
  const { state, onSubmit, isPending, field } = useActionForm(recordDisclosureAction, "disclosure");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Record a disclosure">
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage state={state} field={field} />
      <TextField {...field("recipient")} label="Disclosed to (name and role)" autoComplete="off" />
      <TextField {...field("organisation")} label="Organisation" autoComplete="off" />
      <TextField
        {...field("lawfulBasis")}
        label="Lawful basis"
        hint="For example: DPA 2018 s35, safeguarding referral to the local authority."
        autoComplete="off"
      />
      <TextAreaField {...field("details")} label="What was disclosed" rows={2} />
      <DateTimeField {...field("disclosedAt")} label="When (UK time)" defaultValue={now} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        Record the disclosure
      </button>
    </form>
  );
}
