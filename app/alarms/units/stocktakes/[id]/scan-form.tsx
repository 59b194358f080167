"use client";

import { useEffect, useRef } from "react";
import { finishStocktakeAction, scanTagAction } from "@/app/alarms/units/actions";
import { FormMessage, buttonClass, secondaryButtonClass } from "@/components/form-controls";
import { TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";

/** A barcode scanner types the tag and presses Enter: each scan is counted, and the box is ready for the next. */
export function ScanForm({ stocktakeId }: { stocktakeId: string }) {
  const { state, onSubmit, isPending, field } = useActionForm(scanTagAction, "scan");
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok && state.message) {
      form.current?.reset();
      form.current?.querySelector<HTMLInputElement>("input[name=assetTag]")?.focus();
    }
  }, [state]);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-2" aria-label="Scan an asset tag">
      <input type="hidden" name="stocktakeId" value={stocktakeId} />
      <FormMessage state={state} field={field} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-full max-w-xs">
          <TextField {...field("assetTag")} label="Asset tag" autoComplete="off" autoFocus />
        </div>
        <button type="submit" disabled={isPending} className={buttonClass}>
          Count it
        </button>
      </div>
    </form>
  );
}

export function FinishStocktakeForm({ stocktakeId }: { stocktakeId: string }) {
  const { state, onSubmit, isPending, field } = useActionForm(finishStocktakeAction, "finish");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <input type="hidden" name="stocktakeId" value={stocktakeId} />
      <FormMessage state={state} field={field} />
      <button type="submit" disabled={isPending} className={secondaryButtonClass}>
        Finish the stocktake
      </button>
    </form>
  );
}
