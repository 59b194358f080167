import { LEVEL_STYLE, LevelBadge } from "@/components/level-badge";
import { MeasureList } from "@/components/measure-list";
import { formatDateTime } from "@/lib/format";
import type { StaffPosture } from "@/lib/levels/read-staff-posture";

type SitePosture = NonNullable<StaffPosture["site"]>;

/** The further sites a lead leads, each with its level and its measures for staff. */
export function OtherSites({ sites }: { sites: SitePosture[] }) {
  return (
    <section aria-labelledby="other-sites" className="space-y-3" data-testid="other-sites">
      <h2 id="other-sites" className="text-xl font-semibold">
        The other sites you lead
      </h2>
      {sites.map((site) => (
        <article
          key={site.id}
          aria-labelledby={`site-${site.id}`}
          className="space-y-2 rounded border border-gray-400 bg-white p-4"
          data-testid={`other-site-${site.code}`}
        >
          <h3 id={`site-${site.id}`} className="text-lg font-semibold">
            {site.name} <span className="font-mono text-base text-gray-700">({site.code})</span>
          </h3>
          <p className="flex flex-wrap items-center gap-3">
            <LevelBadge level={site.level} /> <span>since {formatDateTime(site.since)}</span>
          </p>
          <p>{LEVEL_STYLE[site.level].meaning}</p>
          {site.measures.length > 0 && <MeasureList measures={site.measures} className="space-y-1" />}
          <p className="flex flex-wrap gap-4">
            <a href={`/sites/${site.id}`} className="underline">
              Checklist for {site.code}
            </a>
            <a href={`/notice/${site.id}`} className="underline">
              Printable notice for {site.code}
            </a>
          </p>
        </article>
      ))}
    </section>
  );
}
