"use client";

import { addUnitAction } from "@/app/alarms/actions";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { SelectField, TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";

export function AddUnitForm() {
  const { state, onSubmit, isPending } = useActionForm(addUnitAction);
  const errors = state.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
      <TextField name="assetTag" label="Asset tag" error={errors.assetTag?.[0]} />
      <SelectField
        name="type"
        label="Type"
        error={errors.type?.[0]}
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
