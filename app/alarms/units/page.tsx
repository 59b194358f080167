import type { Metadata } from "next";
import Link from "next/link";
import { AddUnitForm } from "@/app/alarms/units/add-unit-form";
import { StartStocktakeButton } from "@/app/alarms/units/start-stocktake-button";
import { UnitTable } from "@/app/alarms/units/unit-table";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { pageAlarmUnits } from "@/lib/alarms/units";
import { listStocktakes } from "@/lib/alarms/unit-custody";
import { formatDateTime, humanize } from "@/lib/format";
import { FilterForm } from "@/components/filter-form";
import { Pager } from "@/components/pager";
import { UNIT_STATUSES } from "@/lib/alarms/schemas";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Alarm units" };

export default async function UnitsPage({ searchParams }: PageProps<"/alarms/units">) {
  const user = await requirePageUser();
  const query = await searchParams;
  const [status = "", tag = ""] = [[query.status].flat()[0], [query.tag].flat()[0]];
  const units = await readForPage(() => pageAlarmUnits(user, { tag, status, page: [query.page].flat()[0] }));
  const manages = can(user.roles, "unit.manage");
  const stocktakes = manages ? await listStocktakes(user, 5) : [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Alarm units</h1>
      <p data-testid="unit-counts">
        {Object.entries(units.counts)
          .map(([key, count]) => `${count} ${humanize(key).toLowerCase()}`)
          .join(" · ") || "No units."}
      </p>
      {manages && (
        <Section id="add-title" title="Add a unit" className="space-y-2" headingClassName="text-lg font-semibold">
          <AddUnitForm />
        </Section>
      )}
      {manages && (
        <Section id="stocktake-title" title="Stocktake" className="space-y-2" headingClassName="text-lg font-semibold">
          <p>
            Count the units in the store: scan or type each asset tag, and see what is missing or should not be there.
          </p>
          <StartStocktakeButton />
          {stocktakes.length > 0 && (
            <ul className="list-disc pl-6">
              {stocktakes.map((stocktake) => (
                <li key={stocktake.id}>
                  <Link href={`/alarms/units/stocktakes/${stocktake.id}`} className="underline">
                    {formatDateTime(stocktake.startedAt)} by {stocktake.startedBy.displayName}
                  </Link>{" "}
                  {stocktake.finishedAt ? "(finished)" : "(in progress)"}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      <FilterForm
        search={{ name: "tag", label: "Asset tag starts with", value: tag }}
        filters={[
          {
            name: "status",
            label: "Status",
            value: status,
            allLabel: "All",
            options: UNIT_STATUSES.map((value) => ({ value, label: humanize(value) })),
          },
        ]}
      />
      <UnitTable units={units.items} />
      <Pager label="Alarm units" param="page" page={units} query={query} />
    </div>
  );
}
