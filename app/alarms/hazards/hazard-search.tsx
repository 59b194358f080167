"use client";

import { searchHazardsAction, type HazardSearchState } from "@/app/alarms/hazards/actions";
import { FormMessage, secondaryButtonClass } from "@/components/form-controls";
import { TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { formatDate, humanize } from "@/lib/format";

export function HazardSearch() {
  const { state, onSubmit, isPending, field } = useActionForm(searchHazardsAction);
  const { markers, searched } = state as HazardSearchState;
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="space-y-3" role="search" aria-label="Hazard check">
        <FormMessage state={state} field={field} />
        <div className="flex flex-wrap items-end gap-2">
          <div className="w-full max-w-sm">
            <TextField {...field("q")} label="Postcode or address" autoComplete="off" />
          </div>
          <button type="submit" disabled={isPending} className={secondaryButtonClass}>
            Check
          </button>
        </div>
      </form>
      {markers && (
        <section aria-labelledby="results-title" aria-live="polite" className="space-y-3">
          <h2 id="results-title" className="text-xl font-semibold">
            {markers.length === 0
              ? "No live temporary alarm at that address"
              : `${markers.length} live temporary alarm${markers.length === 1 ? "" : "s"}`}
          </h2>
          {markers.length === 0 && (
            <div className="space-y-2" data-testid="no-hazard-found">
              <p>
                Searched: temporary police alarms recorded in Estate Security that are live now (fitted and not yet
                removed), by postcode beginning or address containing “{searched}”.
              </p>
              <p className="border-l-4 border-gray-500 pl-3 font-semibold">
                This is not a full check of the address. Check the command-and-control system, PNC and local
                intelligence systems as you normally would.
              </p>
            </div>
          )}
          {markers.map((marker) => (
            <article
              key={marker.number}
              className="space-y-1 rounded border-l-8 border-red-700 bg-white p-4"
              data-testid="hazard-marker"
            >
              <h3 className="font-bold">
                <span aria-hidden="true">⚠ </span>
                {marker.address}
              </h3>
              <p>
                <strong>{humanize(marker.alarmType)} alarm</strong> live since{" "}
                {marker.liveSince ? formatDate(marker.liveSince) : "—"} ({marker.number})
              </p>
              <p>
                <strong>Hazards:</strong> {marker.hazards}
              </p>
              <p>
                <strong>Perpetrator risk:</strong> {marker.perpetratorRisk}
              </p>
            </article>
          ))}
        </section>
      )}
    </>
  );
}
