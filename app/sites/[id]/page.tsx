import type { Metadata } from "next";
import Link from "next/link";
import { LevelChangeForm } from "@/app/levels/level-change-form";
import { EndOverrideForm } from "@/app/sites/[id]/end-override-form";
import { ChecklistSection } from "@/app/sites/[id]/checklist-section";
import { LevelHistory } from "@/app/sites/[id]/level-history";
import { SiteLog } from "@/app/sites/[id]/site-log";
import { readSiteLog } from "@/lib/sites/site-log";
import { listDebriefs } from "@/lib/levels/debriefs";
import { LevelBadge } from "@/components/level-badge";
import { LiveUpdates } from "@/components/live-updates";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { formatDateTime, formatTime } from "@/lib/format";
import { LevelChangeNotice } from "@/components/level-change-notice";
import { parseChecklistFilter } from "@/lib/levels/checklist-filter";
import { readLevelHistory, readSiteChecklist } from "@/lib/levels/read-site-checklist";
import { aDayFromNow } from "@/lib/london-time";
import { dateInputValues } from "@/lib/date-input";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Site" };

export default async function SitePage({ params, searchParams }: PageProps<"/sites/[id]">) {
  const user = await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const filter = parseChecklistFilter(query);
  const historyPage = Number([query.history].flat()[0]) || 1;
  const [checklist, history, log, debriefs] = await readForPage(() =>
    Promise.all([
      readSiteChecklist(user, id, filter),
      readLevelHistory(user, id, { page: Math.max(1, Math.min(100_000, Math.floor(historyPage))) }),
      readSiteLog(user, id, { page: [query.log].flat()[0] }),
      listDebriefs(user, { siteId: id, status: "open" }),
    ]),
  );
  const { site, force } = checklist;
  const maySetLevel = can(user.roles, "level.set");
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {site.code} {site.name}
        </h1>
        <LiveUpdates />
      </div>
      {debriefs.items.map((debrief) => (
        <p key={debrief.id} className="border-l-4 border-brand bg-white p-3">
          The site stood down from {debrief.activation.level} at {formatDateTime(debrief.openedAt)}:{" "}
          <Link href={`/debriefs/${debrief.id}`} className="font-semibold underline">
            write the debrief
          </Link>
          .
        </p>
      ))}
      <LevelChangeNotice place={`${site.code} ${site.name}`} level={site.effectiveLevel} at={formatTime(site.since)} />
      <Section id="level-title" title="Response level" className="space-y-2">
        <p className="flex flex-wrap items-center gap-2" data-testid="site-level">
          <LevelBadge level={site.effectiveLevel} large /> since {formatDateTime(site.since)}
        </p>
        {query.override === "ended" && !site.override && (
          <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
            The override has ended: {site.code} is back at the force level, {force.level}.
          </p>
        )}
        {site.override && (
          <p>
            Raised above the force level to {site.override.level} until {formatDateTime(site.override.expiresAt)}:{" "}
            {site.override.reason}
          </p>
        )}
        {maySetLevel && site.override && (
          <EndOverrideForm siteId={site.id} code={site.code} version={site.version} forceLevel={force.level} />
        )}
        {maySetLevel && force.level !== "EXCEPTIONAL" && (
          <details className="max-w-xl rounded border border-gray-300 bg-white p-3">
            <summary className="cursor-pointer font-semibold">Raise this site above the force level</summary>
            <div className="pt-3">
              <LevelChangeForm
                scope="SITE"
                siteId={site.id}
                current={site.effectiveLevel}
                forceLevel={force.level}
                defaultExpiry={dateInputValues(aDayFromNow())}
              />
            </div>
          </details>
        )}
      </Section>

      <ChecklistSection checklist={checklist} filter={filter} />

      <SiteLog siteId={site.id} log={log} mayWrite={checklist.mayWork} query={query} />

      <LevelHistory history={history} query={query} />
    </div>
  );
}
