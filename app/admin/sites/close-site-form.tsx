"use client";

import { closeSiteAction } from "@/app/admin/sites/actions";
import { FormMessage } from "@/components/form-controls";
import { TextAreaField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";

/** Closing a site cannot be undone here: the reason is asked for, and the button says what happens. */
export function CloseSiteForm({ siteId, code }: { siteId: string; code: string }) {
  const { state, onSubmit, isPending, field } = useActionForm(closeSiteAction, "close");
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-3" aria-label={`Close ${code}`}>
      <input type="hidden" name="siteId" value={siteId} />
      <FormMessage state={state} field={field} />
      <p>
        A closed site keeps its history (levels, checklists, log and debriefs) but leaves the live posture, coverage,
        notifications and every later level change. Its open checklist ends now.
      </p>
      <TextAreaField {...field("reason")} label="Why is the site closing?" rows={2} />
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60"
      >
        Close {code}
      </button>
    </form>
  );
}
