import type { Metadata } from "next";
import { SitesTable } from "@/app/levels/sites-table";
import { LevelChangeNotice } from "@/components/level-change-notice";
import { LiveUpdates } from "@/components/live-updates";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatTime } from "@/lib/format";
import { readPosture } from "@/lib/levels/read-posture";
import { SITE_DEFAULT_SORT, SITE_SORT_KEYS, sortSites } from "@/lib/levels/site-order";
import { parseSort } from "@/lib/sorting";

export const metadata: Metadata = { title: "Your sites" };

/** A site lead's sites (a lead covering a district leads several): each one's level and checklist. */
export default async function MySitesPage({ searchParams }: PageProps<"/my-sites">) {
  const user = await requirePageUser("checklist.view.own");
  const query = await searchParams;
  const posture = await readPosture(user);
  const led = new Set(user.ledSiteIds);
  const sort = parseSort(query, SITE_SORT_KEYS, SITE_DEFAULT_SORT);
  const sites = sortSites(
    posture.sites.filter((site) => led.has(site.id)),
    sort,
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Your sites</h1>
        <LiveUpdates />
      </div>
      <LevelChangeNotice place="the force" level={posture.force.level} at={formatTime(posture.force.since)} />
      {sites.length ? (
        <SitesTable sites={sites} total={sites.length} sort={sort} query={query} />
      ) : (
        <p>You lead no open site: ask an administrator to set the sites you lead.</p>
      )}
    </div>
  );
}
