import type { Metadata } from "next";
import { LevelBadge } from "@/components/level-badge";
import { requirePageUser } from "@/lib/auth/page-guard";
import { readStaffPosture } from "@/lib/levels/read-staff-posture";
import { listEstatePage, type SiteSummary } from "@/lib/sites/list-sites";
import { FilterForm } from "@/components/filter-form";
import { Pager } from "@/components/pager";
import { humanize } from "@/lib/format";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { followDistrictAction, followSiteAction, unfollowSiteAction } from "@/app/estate/actions";
import { RowActionButton } from "@/components/row-action-button";
import { listSubscriptions } from "@/lib/notify/subscriptions";

function groupByDistrict(sites: SiteSummary[]) {
  const groups = new Map<string, SiteSummary[]>();
  for (const site of sites) groups.set(site.district, [...(groups.get(site.district) ?? []), site]);
  return [...groups.entries()];
}

export const metadata: Metadata = { title: "The estate" };

/** The estate's sites and addresses, by district: a page of its own, not anyone's landing page. */
export default async function EstatePage({ searchParams }: PageProps<"/estate">) {
  const user = await requirePageUser("sites.view");
  const query = await searchParams;
  const [estate, posture, subscriptions] = await Promise.all([
    listEstatePage(user, query),
    readStaffPosture(user),
    listSubscriptions(user),
  ]);
  const sites = estate.items;
  const following = new Set(subscriptions.items.map((item) => item.siteId));
  const siteCount = estate.districts.reduce((sum, entry) => sum + entry.sites, 0);
  return (
    <div className="space-y-6">
      {posture.site && (
        <p
          className="flex flex-wrap items-center gap-3 rounded border-2 border-gray-800 bg-white p-3"
          data-testid="home-posture"
        >
          <span>{posture.site.name} is at</span> <LevelBadge level={posture.site.level} />
          <a href="/posture" className="underline">
            See what it means for you{posture.acknowledgedAt ? "" : " and acknowledge it"}
          </a>
        </p>
      )}
      <section aria-labelledby="welcome-title" className="space-y-1">
        <h1 id="welcome-title" className="text-2xl font-bold">
          The estate
        </h1>
        <p className="text-gray-700">
          {siteCount} sites in {estate.districts.length} districts.
          {posture.site && ` Your home site is ${posture.site.name}.`}
        </p>
      </section>
      <FilterForm
        filters={[
          {
            name: "district",
            label: "District",
            value: estate.district,
            allLabel: "All districts",
            options: estate.districts.map((entry) => ({
              value: entry.district,
              label: `${entry.district} (${entry.sites} sites)`,
            })),
          },
        ]}
      />
      {groupByDistrict(sites).map(([district, districtSites]) => (
        <section key={district} aria-labelledby={`district-${district}`}>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
            <h2 id={`district-${district}`} className="text-lg font-semibold">
              {district} district
            </h2>
            {districtSites.some((site) => !following.has(site.id) && site.id !== user.homeSiteId) && (
              <RowActionButton
                action={followDistrictAction}
                fields={{ district }}
                context={`in ${district} district`}
                label="Follow every site"
              />
            )}
          </div>
          <DataTable
            columns={["Code", "Name", "Type", "Address", "Email me changes"]}
            caption={<>Sites in {district} district</>}
          >
            {districtSites.map((site) => (
              <Row key={site.id}>
                <Cell className="font-mono">{site.code}</Cell>
                <RowHeader className="font-medium">{site.name}</RowHeader>
                <Cell>{humanize(site.type)}</Cell>
                <Cell>{site.address}</Cell>
                <Cell>
                  {site.id === user.homeSiteId ? (
                    "Your site"
                  ) : (
                    <RowActionButton
                      action={following.has(site.id) ? unfollowSiteAction : followSiteAction}
                      fields={{ siteId: site.id }}
                      context={`${site.code} ${site.name}`}
                      label={following.has(site.id) ? "Stop following" : "Follow"}
                    />
                  )}
                </Cell>
              </Row>
            ))}
          </DataTable>
        </section>
      ))}
      <Pager label="Sites" param="page" page={estate} query={query} />
    </div>
  );
}
