"use client";

import { useEffect } from "react";
import { bulkChecklistAction } from "@/app/sites/[id]/actions";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { useActionForm } from "@/components/use-action-form";

export const BULK_FORM_ID = "bulk-decisions";

const selectionBoxes = () => document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="item"]`);

/**
 * Marks the items ticked in the list implemented or not applicable in one change. The tick
 * boxes sit in the list beside each item and belong to this form through their `form` attribute.
 */
export function BulkDecisionForm({ siteId, shown }: { siteId: string; shown: number }) {
  const { state, onSubmit, isPending, field } = useActionForm(bulkChecklistAction, "bulk");
  useEffect(() => {
    if (state.ok && state.message) selectionBoxes().forEach((box) => (box.checked = false));
  }, [state]);
  return (
    <form
      id={BULK_FORM_ID}
      onSubmit={onSubmit}
      noValidate
      aria-label="Decisions on the selected items"
      className="space-y-2 rounded border border-gray-300 bg-gray-50 p-3"
    >
      <input type="hidden" name="siteId" value={siteId} />
      <FormMessage state={state} field={field} />
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className="size-5"
            onChange={(event) => selectionBoxes().forEach((box) => (box.checked = event.currentTarget.checked))}
          />
          Select all {shown} shown
        </label>
        <button type="submit" name="status" value="IMPLEMENTED" disabled={isPending} className={secondaryButtonClass}>
          Mark selected as implemented
        </button>
        <button
          type="submit"
          name="status"
          value="NOT_APPLICABLE"
          disabled={isPending}
          className={secondaryButtonClass}
        >
          Mark selected as not applicable
        </button>
      </div>
    </form>
  );
}
