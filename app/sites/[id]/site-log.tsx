import { SiteLogForm } from "@/app/sites/[id]/site-log-form";
import { Disclosure } from "@/components/disclosure";
import { Pager } from "@/components/pager";
import { Section } from "@/components/section";
import { dateInputValues } from "@/lib/date-input";
import { formatDateTime } from "@/lib/format";
import { NDM_FIELDS, NDM_LABEL, type readSiteLog } from "@/lib/sites/site-log";
import type { Query } from "@/lib/sorting";

type Log = Awaited<ReturnType<typeof readSiteLog>>;

const KIND_LABEL = { EVENT: "Significant event", DECISION: "Decision", CHECK: "Recurring check confirmed" } as const;

/** Significant events and decisions at the site, newest first (`?log=2`), and the form to add one. */
export function SiteLog({
  siteId,
  log,
  mayWrite,
  query,
}: {
  siteId: string;
  log: Log;
  mayWrite: boolean;
  query: Query;
}) {
  return (
    <Section id="log-title" title="Site log" className="space-y-3">
      {mayWrite && (
        <Disclosure summary="Add to the site log" className="rounded border border-gray-300 bg-white p-3">
          <SiteLogForm
            siteId={siteId}
            now={dateInputValues(new Date())}
            ndm={NDM_FIELDS.map((name) => ({ name, label: NDM_LABEL[name] }))}
          />
        </Disclosure>
      )}
      {log.total === 0 ? (
        <p>Nothing logged yet.</p>
      ) : (
        <ol className="space-y-3" data-testid="site-log">
          {log.items.map((entry) => (
            <li key={entry.id} className="rounded border border-gray-300 bg-white p-3">
              <p className="text-sm text-gray-700">
                {formatDateTime(entry.occurredAt)} · {entry.author.displayName} · {KIND_LABEL[entry.kind]}
              </p>
              <p className="font-semibold">{entry.summary}</p>
              {entry.kind === "CHECK" && entry.information && <p className="text-sm">Note: {entry.information}</p>}
              {entry.kind === "DECISION" && (
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  {NDM_FIELDS.filter((name) => entry[name]).map((name) => (
                    <div key={name} className="contents">
                      <dt className="font-semibold">{NDM_LABEL[name]}</dt>
                      <dd className="whitespace-pre-line">{entry[name]}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pager label="Site log" param="log" page={log} query={query} />
    </Section>
  );
}
