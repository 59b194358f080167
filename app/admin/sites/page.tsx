import type { Metadata } from "next";
import Link from "next/link";
import { SiteForm } from "@/app/admin/sites/site-form";
import { Disclosure } from "@/components/disclosure";
import { FilterForm } from "@/components/filter-form";
import { LevelBadge } from "@/components/level-badge";
import { formatDate } from "@/lib/format";
import { Pager } from "@/components/pager";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { optionsOf } from "@/lib/format";
import { listSitesForAdmin, SITE_TYPE_LABEL } from "@/lib/sites/manage-sites";

export const metadata: Metadata = { title: "Sites" };

/** The estate for administrators: search, add a site (it joins the force level at once), edit one. */
export default async function AdminSitesPage({ searchParams }: PageProps<"/admin/sites">) {
  const user = await requirePageUser("site.manage");
  const query = await searchParams;
  const first = (name: string) => [query[name]].flat()[0];
  const sites = await readForPage(() => listSitesForAdmin(user, { q: first("q"), page: first("page") }));
  return (
    <section aria-labelledby="sites-title" className="space-y-4">
      <h1 id="sites-title" className="text-2xl font-bold">
        Sites
      </h1>
      <Disclosure summary="Add a site" className="rounded border border-gray-300 bg-white p-3">
        <SiteForm types={optionsOf(SITE_TYPE_LABEL)} />
      </Disclosure>
      <FilterForm filters={[]} search={{ name: "q", label: "Code, name or district", value: sites.q }} />
      <p role="status" data-testid="sites-count">
        {sites.total.toLocaleString("en-GB")} {sites.total === 1 ? "site" : "sites"}
        {sites.q && (sites.total === 1 ? " matches the search" : " match the search")}.
      </p>
      {sites.total > 0 && (
        <DataTable columns={["Site", "Type", "District", "Level", "Address"]} caption="Sites" testId="admin-sites">
          {sites.items.map((site) => (
            <Row key={site.id}>
              <RowHeader>
                <Link href={`/admin/sites/${site.id}`} className="underline">
                  {site.code} {site.name}
                </Link>
              </RowHeader>
              <Cell>{SITE_TYPE_LABEL[site.type]}</Cell>
              <Cell>{site.district}</Cell>
              <Cell>
                {site.closedAt ? (
                  <strong>Closed {formatDate(site.closedAt)}</strong>
                ) : (
                  site.level && <LevelBadge level={site.level.effectiveLevel} />
                )}
              </Cell>
              <Cell>{site.address}</Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pager label="Sites" param="page" page={sites} query={query} />
    </section>
  );
}
