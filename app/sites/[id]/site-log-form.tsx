"use client";

import { useState } from "react";
import { writeSiteLogAction } from "@/app/sites/[id]/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { DateTimeField, RadiosField, TextAreaField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { DateInputValues } from "@/lib/date-input";

type NdmField = { name: string; label: string };

/** An event, or a decision in the National Decision Model's terms: the decision's parts appear when chosen. */
export function SiteLogForm({ siteId, now, ndm }: { siteId: string; now: DateInputValues; ndm: NdmField[] }) {
  const { state, onSubmit, isPending, field } = useActionForm(writeSiteLogAction, "log");
  const [kind, setKind] = useState<string>("");
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-3" aria-label="Add to the site log">
      <input type="hidden" name="siteId" value={siteId} />
      <FormMessage state={state} field={field} />
      <RadiosField
        {...field("kind")}
        label="What are you recording?"
        onChange={setKind}
        choices={[
          { value: "EVENT", text: "A significant event" },
          { value: "DECISION", text: "A decision (National Decision Model)" },
        ]}
      />
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
