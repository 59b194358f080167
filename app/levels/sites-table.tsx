import Link from "next/link";
import { LevelBadge } from "@/components/level-badge";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { formatDateTime } from "@/lib/format";
import type { SitePosture } from "@/lib/levels/read-posture";
import type { Query, Sort } from "@/lib/sorting";

/** Every site's effective level, override and checklist progress, for the force overview. */
export function SitesTable({
  sites,
  total,
  sort,
  query,
}: {
  sites: SitePosture[];
  total: number;
  sort: Sort;
  query: Query;
}) {
  return (
    <DataTable
      columns={["Site", "District", "Effective level", "Override", "Checklist", "Overdue"]}
      caption={<>Sites, {sites.length === total ? total : `${sites.length} of ${total}`} shown</>}
      sorting={{
        keys: ["site", "district", "level", null, "checklist", "overdue"],
        current: sort,
        query,
        pageParam: "page",
      }}
      testId="sites"
    >
      {sites.map((site) => (
        <Row key={site.id} testId={`site-row-${site.code}`}>
          <RowHeader className="font-medium">
            <Link href={`/sites/${site.id}`} className="underline">
              {site.code} {site.name}
            </Link>
          </RowHeader>
          <Cell>{site.district}</Cell>
          <Cell>
            <LevelBadge level={site.effectiveLevel} />{" "}
            <span className="text-gray-700">since {formatDateTime(site.since)}</span>
          </Cell>
          <Cell>{site.override ? `${site.override.level} until ${formatDateTime(site.override.expiresAt)}` : "—"}</Cell>
          <Cell>
            {site.checklist && site.checklist.total > 0
              ? `${site.checklist.considered} of ${site.checklist.total} considered`
              : "—"}
          </Cell>
          <Cell>
            {site.checklist?.overdue ? <strong className="text-red-800">{site.checklist.overdue} overdue</strong> : "0"}
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
