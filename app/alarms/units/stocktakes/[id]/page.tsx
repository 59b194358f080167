import type { Metadata } from "next";
import Link from "next/link";
import { FinishStocktakeForm, ScanForm } from "@/app/alarms/units/stocktakes/[id]/scan-form";
import { UnitTable } from "@/app/alarms/units/unit-table";
import { Section } from "@/components/section";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { readStocktake } from "@/lib/alarms/unit-custody";
import { formatDateTime, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Stocktake" };

export default async function StocktakePage({ params }: PageProps<"/alarms/units/stocktakes/[id]">) {
  const user = await requirePageUser("unit.manage");
  const { id } = await params;
  const stocktake = await readForPage(() => readStocktake(user, id));
  const open = !stocktake.finishedAt;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Stocktake of {formatDateTime(stocktake.startedAt)}</h1>
      <p>
        Started by {stocktake.startedBy.displayName}.{" "}
        {open ? "In progress." : `Finished ${formatDateTime(stocktake.finishedAt!)}.`} {stocktake.scans.length} tags
        counted, {stocktake.found} expected in the store.
      </p>
      {open ? (
        <ScanForm stocktakeId={stocktake.id} />
      ) : (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
          Stocktake finished: {stocktake.missing.length} missing, {stocktake.unexpected.length} not expected. The result
          is kept in the audit log.
        </p>
      )}
      <Section id="missing-title" title={<>Missing from the store ({stocktake.missing.length})</>}>
        {stocktake.missing.length === 0 ? (
          <p>Every unit the inventory places in the store has been counted.</p>
        ) : (
          <UnitTable units={stocktake.missing} statusLabel="Recorded as" testId="stocktake-missing" />
        )}
      </Section>
      <Section id="unexpected-title" title={<>Not expected in the store ({stocktake.unexpected.length})</>}>
        {stocktake.unexpected.length === 0 ? (
          <p>Nothing unexpected counted.</p>
        ) : (
          <DataTable columns={["Asset tag", "Recorded as"]} testId="stocktake-unexpected">
            {stocktake.unexpected.map((entry) => (
              <Row key={entry.assetTag}>
                <RowHeader>
                  {entry.unit ? (
                    <Link href={`/alarms/units/${entry.unit.id}`} className="font-mono underline">
                      {entry.assetTag}
                    </Link>
                  ) : (
                    <span className="font-mono">{entry.assetTag}</span>
                  )}
                </RowHeader>
                <Cell>{entry.unit ? humanize(entry.unit.status) : "Not in the inventory"}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </Section>
      {open && <FinishStocktakeForm stocktakeId={stocktake.id} />}
    </div>
  );
}
