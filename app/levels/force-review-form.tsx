"use client";

import { reviewLevelAction } from "@/app/levels/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { DateTimeField, RadiosField, SelectField, TextAreaField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { RESPONSE_LEVELS, type ResponseLevel } from "@/lib/levels/response-levels";

/** Keep the force level until a new review-by time, or change it: either way with a reason. */
export function ForceReviewForm({ level, version }: { level: ResponseLevel; version: number }) {
  const { state, onSubmit, isPending, field } = useActionForm(reviewLevelAction, "review");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Review the force level">
      <input type="hidden" name="expectedVersion" value={version} />
      <FormMessage state={state} field={field} />
      <RadiosField
        {...field("decision")}
        label="Your decision"
        choices={[
          { value: "MAINTAIN", text: `Maintain ${level} until a new review-by time` },
          { value: "CHANGE", text: "Change the force level" },
        ]}
      />
      <DateTimeField
        {...field("reviewBy")}
        label="Next review by (UK time)"
        hint="To maintain, or to change to another level above NORMAL. For example, 27 3 2026 and 14:30"
      />
      <SelectField
        {...field("level")}
        label="Level to change to"
        options={[
          { value: "", label: "Choose" },
          ...RESPONSE_LEVELS.filter((option) => option !== level).map((option) => ({ value: option, label: option })),
        ]}
      />
      <TextAreaField
        {...field("reason")}
        label="Reason"
        hint="Your assessment: the threat, the intelligence, what the measures cost and achieve."
        rows={3}
      />
      <button type="submit" disabled={isPending} className={buttonClass}>
        Record the review
      </button>
    </form>
  );
}
