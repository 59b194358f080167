import { OtherSites } from "@/app/posture/other-sites";
import { buttonClass } from "@/components/form-controls";
import { LEVEL_STYLE, LevelBadge } from "@/components/level-badge";
import { MeasureList } from "@/components/measure-list";
import { Section } from "@/components/section";
import { ThreatSummary } from "@/components/threat-summary";
import { formatDateTime, formatTime, humanize } from "@/lib/format";
import type { StaffPosture } from "@/lib/levels/read-staff-posture";

type Props = { posture: StaffPosture; otherSites: StaffPosture[]; error?: string };

/**
 * The staff posture page's content: what a live update replaces (`#posture-content`). Plain HTML:
 * its forms post to the server and its links are anchors (docs/decisions/020-staff-page-without-react.md).
 */
export function PostureView({ posture, otherSites, error }: Props) {
  const { threats, force, site, acknowledgedAt, personalSecurity } = posture;
  const shown = site
    ? { place: `${site.code} ${site.name}`, level: site.level, since: site.since }
    : { place: "the force", level: force.level, since: force.since };
  return (
    <div
      id="posture-content"
      className="space-y-6"
      data-place={shown.place}
      data-level={shown.level}
      data-level-at={formatTime(shown.since)}
    >
      {site ? (
        <section
          aria-labelledby="site-posture"
          className="flex flex-col gap-3 rounded border-2 border-gray-800 bg-white p-4"
          data-testid="site-posture"
          data-site-id={site.id}
        >
          <h2 id="site-posture" className="text-xl font-semibold">
            {site.name} <span className="font-mono text-base text-gray-700">({site.code})</span>
          </h2>
          <p className="flex flex-wrap items-center gap-3" data-testid="posture-banner">
            <span>Response level:</span> <LevelBadge level={site.level} large />
            <span data-level-since>since {formatDateTime(site.since)}</span>
          </p>
          <p className="font-semibold" data-level-meaning>
            {LEVEL_STYLE[site.level].meaning}
          </p>
          <div className="space-y-3" data-measures>
            {site.measures.length > 0 ? (
              <>
                <h3 className="text-lg font-semibold">What this means for you</h3>
                <MeasureList measures={site.measures} />
              </>
            ) : (
              <p>No additional measures apply to staff at this site.</p>
            )}
          </div>
          {/* On a phone, at a station door, the button comes first. */}
          <div className="max-sm:order-first" data-testid="acknowledgement">
            {acknowledgedAt ? (
              <p role="status" className="border-l-4 border-green-700 bg-green-50 p-2">
                You acknowledged this posture on {formatDateTime(acknowledgedAt)}.
              </p>
            ) : (
              <form method="post" action="/posture" className="space-y-2">
                <input type="hidden" name="siteId" value={site.id} />
                <input type="hidden" name="postureVersion" value={site.postureVersion} />
                {error && (
                  <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-2 font-semibold text-red-900">
                    {error}
                  </p>
                )}
                <button type="submit" className={buttonClass}>
                  I have read this
                </button>
              </form>
            )}
          </div>
          <p>
            <a href={`/notice/${site.id}`} className="underline">
              Printable notice for entrances
            </a>
          </p>
        </section>
      ) : (
        <p>You have no home site: ask an administrator to set one. The force level is shown below.</p>
      )}
      {otherSites.length > 0 && <OtherSites sites={otherSites.map((other) => other.site!)} />}
      {personalSecurity.length > 0 && (
        <section
          aria-labelledby="personal-security"
          className="space-y-2 rounded border-l-8 border-amber-600 bg-amber-50 p-4"
          data-testid="personal-security"
        >
          <h2 id="personal-security" className="text-xl font-semibold">
            Your personal security
          </h2>
          <p>
            The threat to police officers and staff is raised
            {threats.policeSector ? ` (police sector: ${humanize(threats.policeSector.level)})` : ""}. On and off duty:
          </p>
          <ul className="list-disc space-y-2 pl-6">
            {personalSecurity.map((advice) => (
              <li key={advice.code}>
                <span className="font-semibold">{advice.title}.</span> {advice.guidance}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Section id="force-posture" title="The force">
        <p className="flex flex-wrap items-center gap-3" data-testid="force-level">
          <span>Force response level:</span> <LevelBadge level={force.level} />{" "}
          <span>since {formatDateTime(force.since)}</span>
        </p>
        <ThreatSummary threats={threats} />
      </Section>
    </div>
  );
}
