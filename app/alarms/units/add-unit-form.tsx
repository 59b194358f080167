"use client";

import { addUnitAction } from "@/app/alarms/actions";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { SelectField, TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";

export function AddUnitForm() {
  const { state, onSubmit, isPending, field } = useActionForm(addUnitAction, "unit");
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="w-full">
        <FormMessage state={state} field={field} />
      </div>
      <TextField {...field("assetTag")} label="Asset tag" />
      <SelectField
        {...field("type")}
        label="Type"
        options={[
          { value: "PERSONAL_ATTACK", label: "Personal attack" },
          { value: "INTRUDER", label: "Intruder" },
        ]}
      />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Add to stock
      </button>
    </form>
  );
}
