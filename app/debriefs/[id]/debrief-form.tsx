"use client";

import { submitDebriefAction } from "@/app/debriefs/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { TextAreaField, TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";

type Debrief = {
  id: string;
  version: number;
  whatWorked: string | null;
  whatDidNot: string | null;
  officerHours: number | null;
  cost: number | null;
  notImplemented: { code: string; title: string; reason: string }[];
};

/** The lead's findings; each option left not implemented comes pre-filled with its rationale. */
export function DebriefForm({ debrief }: { debrief: Debrief }) {
  const { state, onSubmit, isPending, field } = useActionForm(submitDebriefAction);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4" aria-label="Debrief">
      <input type="hidden" name="debriefId" value={debrief.id} />
      <input type="hidden" name="expectedVersion" value={debrief.version} />
      <FormMessage state={state} field={field} />
      <TextAreaField {...field("whatWorked")} label="What worked" defaultValue={debrief.whatWorked ?? ""} rows={4} />
      <TextAreaField
        {...field("whatDidNot")}
        label="What did not work"
        defaultValue={debrief.whatDidNot ?? ""}
        rows={4}
      />
      {debrief.notImplemented.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="font-semibold">Options not implemented, and why</legend>
          {debrief.notImplemented.map((option) => (
            <TextAreaField
              key={option.code}
              id={`reason-${option.code}`}
              name={`reason:${option.code}`}
              label={`${option.code} ${option.title}`}
              defaultValue={option.reason}
              rows={2}
            />
          ))}
        </fieldset>
      )}
      <TextField
        {...field("officerHours")}
        label="Officer-hours actually spent"
        hint="Pre-filled from the options' figures for the days at level. Correct it from duty records."
        inputMode="decimal"
        defaultValue={debrief.officerHours ?? ""}
      />
      <TextField
        {...field("cost")}
        label="Cost actually spent, in pounds"
        hint="Pre-filled from the options' figures for the days at level."
        inputMode="numeric"
        defaultValue={debrief.cost ?? ""}
      />
      <button type="submit" disabled={isPending} className={buttonClass}>
        Save the debrief
      </button>
    </form>
  );
}
