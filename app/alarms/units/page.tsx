import type { Metadata } from "next";
import Link from "next/link";
import { AddUnitForm } from "@/app/alarms/units/add-unit-form";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listAlarmUnits } from "@/lib/alarms/units";
import { humanize } from "@/lib/format";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { FilterForm } from "@/components/filter-form";
import { UNIT_STATUSES } from "@/lib/alarms/schemas";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Alarm units" };

export default async function UnitsPage({ searchParams }: PageProps<"/alarms/units">) {
  const user = await requirePageUser();
  const { status = "" } = (await searchParams) as { status?: string };
  const units = await readForPage(() => listAlarmUnits(user, { status }));
  const counts = units.reduce<Record<string, number>>(
    (sum, unit) => ({ ...sum, [unit.status]: (sum[unit.status] ?? 0) + 1 }),
    {},
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Alarm units</h1>
      <p>
        {Object.entries(counts)
          .map(([key, count]) => `${count} ${humanize(key).toLowerCase()}`)
          .join(" · ") || "No units."}
      </p>
      {can(user.roles, "unit.manage") && (
        <Section id="add-title" title="Add a unit" className="space-y-2" headingClassName="text-lg font-semibold">
          <AddUnitForm />
        </Section>
      )}
      <FilterForm
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
      <DataTable columns={["Asset tag", "Type", "Status"]}>
        {units.map((unit) => (
          <Row key={unit.id} testId={`unit-${unit.assetTag}`}>
            <RowHeader>
              <Link href={`/alarms/units/${unit.id}`} className="font-mono underline">
                {unit.assetTag}
              </Link>
            </RowHeader>
            <Cell>{humanize(unit.type)}</Cell>
            <Cell>{humanize(unit.status)}</Cell>
          </Row>
        ))}
      </DataTable>
    </div>
  );
}
