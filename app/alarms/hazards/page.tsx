import type { Metadata } from "next";
import { secondaryButtonClass } from "@/components/form-controls";
import { TextField } from "@/components/form-field";
import { requirePageUser } from "@/lib/auth/page-guard";
import { searchHazardMarkers } from "@/lib/alarms/hazards";
import { hazardSearchSchema } from "@/lib/alarms/schemas";
import { formatDate, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Hazard check" };

export default async function HazardsPage({ searchParams }: PageProps<"/alarms/hazards">) {
  const user = await requirePageUser("hazard.view");
  const { q } = (await searchParams) as { q?: string };
  const query = q === undefined ? null : hazardSearchSchema.safeParse({ q });
  const markers = query?.success ? await searchHazardMarkers(user, query.data) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Hazard check before attending</h1>
      <p>
        Search by postcode or address. A live temporary alarm shows what you need for your dynamic risk assessment. Each
        check is recorded.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <TextField
          name="q"
          label="Postcode or address"
          defaultValue={q}
          error={query && !query.success ? query.error.issues[0].message : undefined}
        />
        <button type="submit" className={secondaryButtonClass}>
          Check
        </button>
      </form>
      {markers && (
        <section aria-labelledby="results-title" aria-live="polite" className="space-y-3">
          <h2 id="results-title" className="text-xl font-semibold">
            {markers.length === 0
              ? "No live temporary alarm at that address"
              : `${markers.length} live temporary alarm${markers.length === 1 ? "" : "s"}`}
          </h2>
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
    </div>
  );
}
