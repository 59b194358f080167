import type { Metadata } from "next";
import Link from "next/link";
import { recordBriefingAction } from "@/app/coverage/actions";
import { FilterForm } from "@/components/filter-form";
import { LevelBadge } from "@/components/level-badge";
import { LiveUpdates } from "@/components/live-updates";
import { Section } from "@/components/section";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { RowActionButton } from "@/components/row-action-button";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { readAcknowledgementCoverage, readSitePeopleCoverage, type SiteCoverage } from "@/lib/levels/read-coverage";
import { compareResponseLevels } from "@/lib/levels/response-levels";
import { parseSort, sortWith } from "@/lib/sorting";

export const metadata: Metadata = { title: "Acknowledgement coverage" };

const SORT_KEYS = ["site", "district", "level", "coverage"] as const;
type SortKey = (typeof SORT_KEYS)[number];

const share = (site: SiteCoverage) => (site.staff === 0 ? 1 : site.acknowledged / site.staff);
const percent = (site: SiteCoverage) => `${Math.round(share(site) * 100)}%`;

const COMPARE: Record<SortKey, (a: SiteCoverage, b: SiteCoverage) => number> = {
  site: (a, b) => a.code.localeCompare(b.code),
  district: (a, b) => a.district.localeCompare(b.district),
  level: (a, b) => compareResponseLevels(a.effectiveLevel, b.effectiveLevel),
  coverage: (a, b) => share(a) - share(b),
};

export default async function CoveragePage({ searchParams }: PageProps<"/coverage">) {
  const user = await requirePageUser();
  const query = await searchParams;
  const { sites } = await readForPage(() => readAcknowledgementCoverage(user));
  const district = [query.district].flat()[0] ?? "";
  const sort = parseSort(query, SORT_KEYS, { key: "coverage", direction: "asc" });
  const isCommander = can(user.roles, "coverage.view.all");
  // A lead of several sites sees each site's people: a handful of sites, one query each.
  const peopleBySite = isCommander
    ? []
    : await Promise.all(sites.map((site) => readSitePeopleCoverage(user, site.siteId)));
  const shown = sortWith(
    sites.filter((site) => !district || site.district === district),
    COMPARE,
    sort,
    COMPARE.site,
  );
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Acknowledgement coverage</h1>
        <LiveUpdates />
      </div>
      <p>Who knows the posture now in force: staff acknowledge it in the app, or are briefed in person.</p>
      {isCommander ? (
        <Section id="sites-title" title="Sites">
          <FilterForm
            filters={[
              {
                name: "district",
                label: "District",
                value: district,
                allLabel: "All districts",
                options: [...new Set(sites.map((site) => site.district))]
                  .sort()
                  .map((name) => ({ value: name, label: name })),
              },
            ]}
          />
          <DataTable
            columns={["Site", "District", "Level", "Acknowledged"]}
            sorting={{ keys: ["site", "district", "level", "coverage"], current: sort, query, pageParam: "page" }}
            testId="coverage"
          >
            {shown.map((site) => (
              <Row key={site.siteId} testId={`coverage-${site.code}`}>
                <RowHeader>
                  <Link href={`/sites/${site.siteId}`} className="underline">
                    {site.code} {site.name}
                  </Link>
                </RowHeader>
                <Cell>{site.district}</Cell>
                <Cell>
                  <LevelBadge level={site.effectiveLevel} />
                </Cell>
                <Cell>
                  {percent(site)} ({site.acknowledged} of {site.staff})
                </Cell>
              </Row>
            ))}
          </DataTable>
        </Section>
      ) : (
        sites.map((site, index) => (
          <Section key={site.siteId} id={`people-${site.code}`} title={`${site.code} ${site.name}: your people`}>
            <p data-testid="site-coverage">
              <LevelBadge level={site.effectiveLevel} /> {site.acknowledged} of {site.staff} acknowledged (
              {percent(site)}).
            </p>
            <DataTable columns={["Name", "Acknowledged", "Action"]} testId="people">
              {peopleBySite[index].map((person) => (
                <Row key={person.userId} testId={`person-${person.userId}`}>
                  <RowHeader>{person.displayName}</RowHeader>
                  <Cell>
                    {person.acknowledgedAt ? (
                      `${formatDateTime(person.acknowledgedAt)}, ${person.method === "IN_PERSON" ? `briefed in person (recorded by ${person.recordedBy ?? "—"})` : "in the app"}`
                    ) : (
                      <strong className="text-red-800">Outstanding</strong>
                    )}
                  </Cell>
                  <Cell>
                    {!person.acknowledgedAt && person.userId === user.id && (
                      <a href="/posture" className="underline">
                        Acknowledge it yourself
                      </a>
                    )}
                    {!person.acknowledgedAt && person.userId !== user.id && (
                      <RowActionButton
                        action={recordBriefingAction}
                        fields={{ userId: person.userId }}
                        context={person.displayName}
                        label="Briefed in person"
                      />
                    )}
                  </Cell>
                </Row>
              ))}
            </DataTable>
          </Section>
        ))
      )}
    </div>
  );
}
