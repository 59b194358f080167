"use client";

import { startStocktakeAction } from "@/app/alarms/units/actions";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { useActionForm } from "@/components/use-action-form";

export function StartStocktakeButton() {
  const { state, onSubmit, isPending, field } = useActionForm(startStocktakeAction, "stocktake");
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage state={state} field={field} />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Start a stocktake
      </button>
    </form>
  );
}
