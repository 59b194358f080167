import Link from "next/link";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { humanize } from "@/lib/format";

type Unit = { id: string; assetTag: string; type: string; status: string };

/** Units by asset tag, each a link to its custody history. */
export function UnitTable({
  units,
  statusLabel = "Status",
  testId,
}: {
  units: Unit[];
  statusLabel?: string;
  testId?: string;
}) {
  return (
    <DataTable columns={["Asset tag", "Type", statusLabel]} testId={testId}>
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
  );
}
