"use client";

import { decideRecordReviewAction } from "@/app/alarms/actions";
import { buttonClass, FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { DateTimeField, TextAreaField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";

/** MoPI: keep the record until a next review (with a reason), or dispose of its personal data. */
export function RecordReviewForm({ requestId }: { requestId: string }) {
  const { state, onSubmit, isPending, field } = useActionForm(decideRecordReviewAction, "review");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Records review decision">
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage state={state} field={field} />
      <TextAreaField
        {...field("reason")}
        label="Reason"
        hint="Needed to retain: for example, linked to an ongoing investigation or a public protection case."
        rows={2}
      />
      <DateTimeField {...field("nextReviewAt")} label="Next review (if retained)" withTime={false} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="RETAIN" disabled={isPending} className={buttonClass}>
          Retain the record
        </button>
        <button type="submit" name="decision" value="DISPOSE" disabled={isPending} className={secondaryButtonClass}>
          Dispose of the personal data
        </button>
      </div>
    </form>
  );
}
