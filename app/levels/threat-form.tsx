"use client";

import { useActionForm } from "@/components/use-action-form";
import { recordThreatAction } from "@/app/levels/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { SelectField, TextAreaField, TextField } from "@/components/form-field";
import { humanize, optionsOf } from "@/lib/format";
import { THREAT_LEVELS, THREAT_SCOPE_LABEL } from "@/lib/levels/response-levels";

export function ThreatForm() {
  const { state, onSubmit, isPending, field } = useActionForm(recordThreatAction, "threat");
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormMessage state={state} field={field} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField {...field("scope")} label="Threat level" options={optionsOf(THREAT_SCOPE_LABEL)} />
        <SelectField
          {...field("level")}
          label="Level set by JTAC"
          options={THREAT_LEVELS.map((level) => ({ value: level, label: humanize(level) }))}
        />
      </div>
      <TextField {...field("source")} label="Source" defaultValue="JTAC" />
      <TextAreaField {...field("reason")} label="Reason" />
      <button type="submit" disabled={isPending} className={buttonClass}>
        Record threat level
      </button>
    </form>
  );
}
