"use client";

import { useActionForm } from "@/components/use-action-form";
import { recordThreatAction } from "@/app/levels/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { SelectField, TextAreaField, TextField } from "@/components/form-field";
import { humanize } from "@/lib/format";
import { THREAT_LEVELS } from "@/lib/levels/response-levels";

export function ThreatForm() {
  const { state, onSubmit, isPending } = useActionForm(recordThreatAction);
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="threat-scope"
          name="scope"
          label="Threat level"
          error={errors.scope?.[0]}
          options={[
            { value: "NATIONAL", label: "National" },
            { value: "POLICE_SECTOR", label: "Police sector" },
          ]}
        />
        <SelectField
          id="threat-level"
          name="level"
          label="Level set by JTAC"
          error={errors.level?.[0]}
          options={THREAT_LEVELS.map((level) => ({ value: level, label: humanize(level) }))}
        />
      </div>
      <TextField id="threat-source" name="source" label="Source" defaultValue="JTAC" error={errors.source?.[0]} />
      <TextAreaField id="threat-reason" name="reason" label="Reason" error={errors.reason?.[0]} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        Record threat level
      </button>
    </form>
  );
}
