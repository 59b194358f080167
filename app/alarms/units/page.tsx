import type { Metadata } from "next";
import Link from "next/link";
import { AddUnitForm } from "@/app/alarms/units/add-unit-form";
import { secondaryButtonClass } from "@/components/form-controls";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listAlarmUnits } from "@/lib/alarms/units";
import { humanize } from "@/lib/format";
import { TableHead, tableClass } from "@/components/table";
import { SelectField } from "@/components/form-field";

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
        <section aria-labelledby="add-title" className="space-y-2">
          <h2 id="add-title" className="text-lg font-semibold">
            Add a unit
          </h2>
          <AddUnitForm />
        </section>
      )}
      <form method="get" className="flex items-end gap-2">
        <SelectField
          id="unit-status"
          name="status"
          label="Status"
          defaultValue={status}
          options={[
            { value: "", label: "All" },
            ...["IN_STOCK", "INSTALLED", "FAULTY", "RETIRED"].map((value) => ({ value, label: humanize(value) })),
          ]}
        />
        <button type="submit" className={secondaryButtonClass}>
          Filter
        </button>
      </form>
      <table className={tableClass}>
        <TableHead columns={["Asset tag", "Type", "Status"]} />
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id} className="border-b border-gray-200" data-testid={`unit-${unit.assetTag}`}>
              <th scope="row" className="p-2">
                <Link href={`/alarms/units/${unit.id}`} className="font-mono underline">
                  {unit.assetTag}
                </Link>
              </th>
              <td className="p-2">{humanize(unit.type)}</td>
              <td className="p-2">{humanize(unit.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
