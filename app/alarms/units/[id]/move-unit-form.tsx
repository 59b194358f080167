"use client";

import { moveUnitAction } from "@/app/alarms/units/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { SelectField, TextAreaField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { humanize } from "@/lib/format";
import type { UnitStatus } from "@/lib/generated/prisma/enums";

const MOVE_LABEL: Partial<Record<UnitStatus, string>> = {
  IN_STOCK: "Back in stock (repaired or found)",
  FAULTY: "Faulty",
  IN_REPAIR: "Sent for repair",
  LOST: "Lost",
  RETIRED: "Retired (final)",
};

export function MoveUnitForm({ unitId, moves }: { unitId: string; moves: UnitStatus[] }) {
  const { state, onSubmit, isPending, field } = useActionForm(moveUnitAction, "move");
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-3" aria-label="Move the unit">
      <input type="hidden" name="unitId" value={unitId} />
      <FormMessage state={state} field={field} />
      <SelectField
        {...field("to")}
        label="Record the unit as"
        options={[
          { value: "", label: "Choose" },
          ...moves.map((status) => ({ value: status, label: MOVE_LABEL[status] ?? humanize(status) })),
        ]}
      />
      <TextAreaField
        {...field("note")}
        label="Note"
        hint="Needed for a loss (when and where last seen) or a retirement (why)."
        rows={2}
      />
      <button type="submit" disabled={isPending} className={buttonClass}>
        Record the move
      </button>
    </form>
  );
}
