"use client";

import { endOverrideAction } from "@/app/levels/actions";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { TextAreaField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import type { ResponseLevel } from "@/lib/levels/response-levels";

type Props = { siteId: string; code: string; version: number; forceLevel: ResponseLevel };

/** Ending an override is its own decision, with its own reason: not a "raise" to a lower level. */
export function EndOverrideForm({ siteId, code, version, forceLevel }: Props) {
  const { state, onSubmit, isPending, field } = useActionForm(endOverrideAction, "end-override");
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-3" noValidate>
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="forceLevel" value={forceLevel} />
      <input type="hidden" name="expectedVersion" value={version} />
      <FormMessage state={state} field={field} />
      <TextAreaField {...field("reason")} label="Why the override can end" rows={2} />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        End the override and return {code} to the force level
      </button>
    </form>
  );
}
