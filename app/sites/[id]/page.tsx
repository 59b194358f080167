import type { Metadata } from "next";
import { LevelChangeForm } from "@/app/levels/level-change-form";
import { EndOverrideForm } from "@/app/sites/[id]/end-override-form";
import { ChecklistItemForm } from "@/app/sites/[id]/checklist-item-form";
import { LevelHistory } from "@/app/sites/[id]/level-history";
import { LevelBadge } from "@/components/level-badge";
import { LiveUpdates } from "@/components/live-updates";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { formatDateTime, humanize } from "@/lib/format";
import { readSiteChecklist } from "@/lib/levels/read-site-checklist";
import { aDayFromNow } from "@/lib/london-time";
import { dateInputValues } from "@/lib/date-input";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Site" };

export default async function SitePage({ params, searchParams }: PageProps<"/sites/[id]">) {
  const user = await requirePageUser();
  const { id } = await params;
  const { site, force, activation, categories, progress, history, assignees, mayWork } = await readForPage(() =>
    readSiteChecklist(user, id),
  );
  const maySetLevel = can(user.roles, "level.set");
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {site.code} {site.name}
        </h1>
        <LiveUpdates />
      </div>
      <Section id="level-title" title="Response level" className="space-y-2">
        <p className="flex flex-wrap items-center gap-2" data-testid="site-level">
          <LevelBadge level={site.effectiveLevel} large /> since {formatDateTime(site.since)}
        </p>
        {(await searchParams).override === "ended" && !site.override && (
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

      <Section id="checklist-title" title="Checklist" className="space-y-4">
        {!activation ? (
          <p>No checklist is open: the site is at NORMAL.</p>
        ) : (
          <>
            <p data-testid="checklist-progress">
              {progress.considered} of {progress.total} options considered
              {progress.overdue > 0 && <strong className="text-red-800"> · {progress.overdue} overdue</strong>}. Opened{" "}
              {formatDateTime(activation.openedAt)} at {activation.level} from {activation.policy.reference} version{" "}
              {activation.policy.version}.{" "}
              <a className="underline" href={`/api/sites/${site.id}/checklist/export`}>
                Download (CSV)
              </a>
            </p>
            <progress
              max={progress.total}
              value={progress.considered}
              className="w-full max-w-md"
              aria-label="Checklist progress"
            />
            {categories.map(([category, items]) => (
              <section key={category} aria-labelledby={`cat-${category}`} className="space-y-2">
                <h3 id={`cat-${category}`} className="text-lg font-semibold">
                  {category} ({items.filter((item) => item.status !== "PENDING").length} of {items.length})
                </h3>
                <ul className="space-y-3">
                  {items.map((item) => (
                    <li
                      key={item.id}
                      className="rounded border border-gray-300 bg-white p-3"
                      data-testid={`item-${item.option.code}`}
                    >
                      <p className="font-semibold">
                        {item.option.code} {item.option.title}{" "}
                        {item.option.visibility === "RESTRICTED" && (
                          <span className="rounded bg-gray-800 px-1 text-xs text-white">Restricted</span>
                        )}
                      </p>
                      <p className="text-sm">{item.option.guidance}</p>
                      <p className="text-sm text-gray-700">
                        <span data-testid="item-status">{humanize(item.status)}</span>
                        {item.isOverdue && <strong className="text-red-800"> · Overdue</strong>} · due{" "}
                        {formatDateTime(item.dueAt)}
                        {item.assignee && ` · assigned to ${item.assignee.displayName}`}
                        {item.updatedBy &&
                          ` · changed by ${item.updatedBy.displayName} ${formatDateTime(item.updatedAt)}`}
                      </p>
                      {mayWork && (
                        <details className="mt-2">
                          <summary className="cursor-pointer underline">
                            Record a decision on {item.option.code}
                          </summary>
                          <ChecklistItemForm
                            itemId={item.id}
                            version={item.version}
                            code={item.option.code}
                            status={item.status}
                            rationale={item.rationale}
                            assigneeId={item.assigneeId}
                            dueAt={dateInputValues(item.dueAt)}
                            assignees={assignees}
                          />
                        </details>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </Section>

      <LevelHistory history={history} />
    </div>
  );
}
