import type { Metadata } from "next";
import Link from "next/link";
import { AcknowledgeForm } from "@/app/posture/acknowledge-form";
import { OtherSites } from "@/app/posture/other-sites";
import { LEVEL_STYLE, LevelBadge } from "@/components/level-badge";
import { LiveUpdates } from "@/components/live-updates";
import { MeasureList } from "@/components/measure-list";
import { ThreatSummary } from "@/components/threat-summary";
import { requirePageUser } from "@/lib/auth/page-guard";
import { formatDateTime, formatTime, humanize } from "@/lib/format";
import { LevelChangeNotice } from "@/components/level-change-notice";
import { readStaffPosture } from "@/lib/levels/read-staff-posture";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Security posture" };

export default async function PosturePage() {
  const user = await requirePageUser("posture.view");
  const { threats, force, site, acknowledgedAt, personalSecurity } = await readStaffPosture(user);
  const otherSites = await Promise.all(
    user.ledSiteIds.filter((id) => id !== user.homeSiteId).map((id) => readStaffPosture(user, id)),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Security posture</h1>
      <LiveUpdates />
      {site ? (
        <LevelChangeNotice place={`${site.code} ${site.name}`} level={site.level} at={formatTime(site.since)} />
      ) : (
        <LevelChangeNotice place="the force" level={force.level} at={formatTime(force.since)} />
      )}
      {site ? (
        <section
          aria-labelledby="site-posture"
          className="flex flex-col gap-3 rounded border-2 border-gray-800 bg-white p-4"
          data-testid="site-posture"
        >
          <h2 id="site-posture" className="text-xl font-semibold">
            {site.name} <span className="font-mono text-base text-gray-700">({site.code})</span>
          </h2>
          <p className="flex flex-wrap items-center gap-3" data-testid="posture-banner">
            <span>Response level:</span> <LevelBadge level={site.level} large />
            <span>since {formatDateTime(site.since)}</span>
          </p>
          <p className="font-semibold">{LEVEL_STYLE[site.level].meaning}</p>
          {site.measures.length > 0 ? (
            <>
              <h3 className="text-lg font-semibold">What this means for you</h3>
              <MeasureList measures={site.measures} />
            </>
          ) : (
            <p>No additional measures apply to staff at this site.</p>
          )}
          {/* On a phone, at a station door, the button comes first. */}
          <div className="max-sm:order-first" data-testid="acknowledgement">
            {acknowledgedAt ? (
              <p role="status" className="border-l-4 border-green-700 bg-green-50 p-2">
                You acknowledged this posture on {formatDateTime(acknowledgedAt)}.
              </p>
            ) : (
              <AcknowledgeForm siteId={site.id} postureVersion={site.postureVersion} />
            )}
          </div>
          <p>
            <Link href={`/notice/${site.id}`} className="underline">
              Printable notice for entrances
            </Link>
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
