"use client";

import { useActionForm } from "@/components/use-action-form";
import { updateChecklistItemAction } from "@/app/sites/[id]/actions";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { DateTimeField, SelectField, TextAreaField, TextField } from "@/components/form-field";
import type { DateInputValues } from "@/lib/date-input";
import { humanize } from "@/lib/format";
import { CHECKLIST_STATUSES, type ChecklistStatus } from "@/lib/levels/checklist-rules";

type Props = {
  itemId: string;
  version: number;
  code: string;
  status: ChecklistStatus;
  rationale: string | null;
  assigneeId: string | null;
  dueAt: DateInputValues;
  assignees: { id: string; displayName: string }[];
};

export function ChecklistItemForm({ itemId, version, code, status, rationale, assigneeId, dueAt, assignees }: Props) {
  const { state, onSubmit, isPending, field } = useActionForm(updateChecklistItemAction, code);
  return (
    <form onSubmit={onSubmit} className="grid gap-2 sm:grid-cols-2" noValidate aria-label={`Decision on ${code}`}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="sm:col-span-2">
        <FormMessage state={state} field={field} />
      </div>
      <SelectField
        {...field("status")}
        label="Status"
        defaultValue={status}
        options={CHECKLIST_STATUSES.map((value) => ({ value, label: humanize(value) }))}
      />
      <SelectField
        {...field("assigneeId")}
        label="Assignee"
        defaultValue={assigneeId ?? ""}
        options={[
          { value: "", label: "Unassigned" },
          ...assignees.map((user) => ({ value: user.id, label: user.displayName })),
        ]}
      />
      <DateTimeField {...field("dueAt")} label="Due (UK time)" defaultValue={dueAt} />
      <TextField
        {...field("dueChangeReason")}
        label="Reason for changing the due time"
        hint="Needed only when you change the due time; kept in the audit."
      />
      <TextAreaField
        {...field("rationale")}
        label="Rationale"
        defaultValue={rationale ?? ""}
        hint="Required when an option is not implemented."
        rows={2}
      />
      <div className="sm:col-span-2">
        <button type="submit" disabled={isPending} className={secondaryButtonClass}>
          Save {code}
        </button>
      </div>
    </form>
  );
}
