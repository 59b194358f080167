import type { Metadata } from "next";
import { ForceReviewForm } from "@/app/levels/force-review-form";
import { LevelChangeForm } from "@/app/levels/level-change-form";
import { SitesTable } from "@/app/levels/sites-table";
import { ThreatForm } from "@/app/levels/threat-form";
import { Disclosure } from "@/components/disclosure";
import { LevelBadge } from "@/components/level-badge";
import { LiveUpdates } from "@/components/live-updates";
import { ThreatSummary } from "@/components/threat-summary";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDateTime, formatTime, humanize } from "@/lib/format";
import { LevelChangeNotice } from "@/components/level-change-notice";
import { readPosture } from "@/lib/levels/read-posture";
import { readThreatHistory } from "@/lib/levels/read-threats";
import { RESPONSE_LEVELS } from "@/lib/levels/response-levels";
import { isReviewOverdue } from "@/lib/levels/review-by";
import { FilterForm } from "@/components/filter-form";
import { Section } from "@/components/section";
import { SITE_DEFAULT_SORT, SITE_SORT_KEYS, sortSites } from "@/lib/levels/site-order";
import { parseSort } from "@/lib/sorting";
import { Pager } from "@/components/pager";
import { pageOf } from "@/lib/levels/site-page";

export const metadata: Metadata = { title: "Response levels" };

export default async function LevelsPage({ searchParams }: PageProps<"/levels">) {
  const user = await requirePageUser("overview.view");
  const [posture, threatHistory] = await Promise.all([readPosture(user), readThreatHistory(user)]);
  const query = await searchParams;
  const [district = "", level = ""] = [[query.district].flat()[0], [query.level].flat()[0]];
  const sort = parseSort(query, SITE_SORT_KEYS, SITE_DEFAULT_SORT);
  const districts = [...new Set(posture.sites.map((site) => site.district))];
  const overdue = isReviewOverdue(posture.force, new Date());
  const matching = sortSites(
    posture.sites.filter(
      (site) => (!district || site.district === district) && (!level || site.effectiveLevel === level),
    ),
    sort,
  );
  const page = pageOf(matching, query.page);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Response levels</h1>
        <LiveUpdates />
      </div>
      <LevelChangeNotice place="the force" level={posture.force.level} at={formatTime(posture.force.since)} />

      <Section id="threats-title" title="Threat levels">
        <ThreatSummary threats={posture.threats} />
        {posture.threats.suggestion && (
          <p
            className={
              posture.isBelowSuggestion ? "border-l-4 border-amber-600 bg-amber-50 p-2 font-semibold" : "text-gray-700"
            }
            data-testid="suggestion"
          >
            The usual response level for these threat levels is {posture.threats.suggestion}.
            {posture.isBelowSuggestion &&
              ` The force level (${posture.force.level}) is below it: decide whether to raise it.`}
          </p>
        )}
        <details className="rounded border border-gray-300 bg-white p-3">
          <summary className="cursor-pointer font-semibold">History of recorded threat levels</summary>
          <ul className="list-disc pt-2 pl-6">
            {threatHistory.map((threat) => (
              <li key={threat.id}>
                {formatDateTime(threat.recordedAt)}: {humanize(threat.scope)} {humanize(threat.level)} ({threat.source})
                — {threat.reason}
                {threat.recordedBy && `, recorded by ${threat.recordedBy.displayName}`}
              </li>
            ))}
          </ul>
        </details>
        <details className="rounded border border-gray-300 bg-white p-3">
          <summary className="cursor-pointer font-semibold">Record a new threat level</summary>
          <div className="pt-3">
            <ThreatForm />
          </div>
        </details>
      </Section>

      <Section id="force-title" title="Force level">
        <p className="flex flex-wrap items-center gap-2" data-testid="force-level">
          <LevelBadge level={posture.force.level} large /> since {formatDateTime(posture.force.since)}:{" "}
          {posture.force.reason}
        </p>
        {posture.force.reviewBy && posture.force.level !== "NORMAL" && (
          <>
            <p
              data-testid="force-review"
              className={overdue ? "border-l-4 border-red-700 bg-red-50 p-3 font-semibold" : "font-semibold"}
            >
              {overdue
                ? `Review overdue: ${posture.force.level} was due for review at ${formatDateTime(posture.force.reviewBy)}. It stays in force until a commander reviews it.`
                : `Review by ${formatDateTime(posture.force.reviewBy)}.`}
            </p>
            <Disclosure
              summary="Review the force level"
              defaultOpen={overdue}
              className="max-w-xl rounded border border-gray-300 bg-white p-3"
            >
              <ForceReviewForm level={posture.force.level} version={posture.force.version} />
            </Disclosure>
          </>
        )}
        <div className="max-w-xl rounded border border-gray-300 bg-white p-4">
          <LevelChangeForm scope="FORCE" current={posture.force.level} />
        </div>
      </Section>

      <Section id="sites-title" title="Sites">
        <FilterForm
          filters={[
            {
              name: "district",
              label: "District",
              value: district,
              allLabel: "All districts",
              options: districts.map((name) => ({ value: name, label: name })),
            },
            {
              name: "level",
              label: "Effective level",
              value: level,
              allLabel: "All levels",
              options: RESPONSE_LEVELS.map((value) => ({ value, label: value })),
            },
          ]}
        >
          <a href="/api/levels/history" className="underline">
            Download the level history (CSV)
          </a>
        </FilterForm>
        <SitesTable sites={page.items} total={matching.length} sort={sort} query={query} />
        <Pager label="Sites" param="page" page={page} query={query} />
      </Section>
    </div>
  );
}
