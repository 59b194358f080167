"use client";

import { useState } from "react";
import { writeSiteLogAction } from "@/app/sites/[id]/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { DateTimeField, FieldError, TextAreaField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { DateInputValues } from "@/lib/date-input";

type NdmField = { name: string; label: string };

/** An event, or a decision in the National Decision Model's terms: the decision's parts appear when chosen. */
export function SiteLogForm({ siteId, now, ndm }: { siteId: string; now: DateInputValues; ndm: NdmField[] }) {
  const { state, onSubmit, isPending, field } = useActionForm(writeSiteLogAction, "log");
  const [kind, setKind] = useState<string>("");
  const kindField = field("kind");
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-3" aria-label="Add to the site log">
      <input type="hidden" name="siteId" value={siteId} />
      <FormMessage state={state} field={field} />
      <fieldset aria-describedby={kindField.error ? `${kindField.id}-error` : undefined} className="space-y-1">
        <legend className="font-semibold">What are you recording?</legend>
        <FieldError id={`${kindField.id}-error`} message={kindField.error} />
        {[
          { value: "EVENT", text: "A significant event", id: kindField.id },
          { value: "DECISION", text: "A decision (National Decision Model)", id: `${kindField.id}-decision` },
        ].map((choice) => (
          <label key={choice.value} htmlFor={choice.id} className="flex items-center gap-2">
            <input
              type="radio"
              id={choice.id}
              name="kind"
              value={choice.value}
              className="h-5 w-5"
              onChange={() => setKind(choice.value)}
            />
            {choice.text}
          </label>
        ))}
      </fieldset>
      <TextAreaField {...field("summary")} label="Summary" rows={2} />
      <DateTimeField {...field("occurredAt")} label="When (UK time)" defaultValue={now} />
      {kind === "DECISION" &&
        ndm.map((part) => <TextAreaField key={part.name} {...field(part.name)} label={part.label} rows={2} />)}
      <button type="submit" disabled={isPending} className={buttonClass}>
        Add to the log
      </button>
    </form>
  );
}
