// What leaves the app, rendered from what staff may see: the level, since when, what it means and
// the measures visible to all staff. Never a restricted measure, an override's reason, or alarms.
import { formatDateTime } from "@/lib/format";
import { compareResponseLevels, LEVEL_MEANING, type ResponseLevel } from "@/lib/levels/response-levels";

export type SiteNotice = {
  siteId: string;
  code: string;
  name: string;
  from: ResponseLevel;
  to: ResponseLevel;
  since: Date;
  measures: { title: string; guidance: string }[];
};

export type EmailContent = { subject: string; text: string; html: string };

/** What a change's messages are built from, kept on its event. */
export type EventNotices = { forceWide: boolean; sites: SiteNotice[] };

/** An email message that is built from its event when sent: one person's sites, or a commander's summary. */
export type EmailOfEvent = { kind: "posture"; displayName: string; siteIds: string[] } | { kind: "summary" };

/** The email a message of an event stands for. */
export function emailOfEvent(content: EmailOfEvent, notices: EventNotices, appUrl: string): EmailContent {
  if (content.kind === "summary") return commanderSummaryEmail(notices.forceWide, notices.sites, appUrl);
  const theirs = new Set(content.siteIds);
  return postureEmail(
    content.displayName,
    notices.sites.filter((site) => theirs.has(site.siteId)),
    appUrl,
  );
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const verb = (site: SiteNotice) => (compareResponseLevels(site.to, site.from) > 0 ? "raised" : "lowered");

function siteText(site: SiteNotice): string {
  const measures = site.measures.length
    ? ["What this means for you:", ...site.measures.map((measure) => `- ${measure.title}. ${measure.guidance}`)]
    : ["No additional measures apply to staff at this site."];
  return [
    `${site.code} ${site.name}: ${site.to} since ${formatDateTime(site.since)} (${verb(site)} from ${site.from}).`,
    LEVEL_MEANING[site.to],
    ...measures,
  ].join("\n");
}

function siteHtml(site: SiteNotice): string {
  const measures = site.measures.length
    ? `<p><strong>What this means for you:</strong></p><ul>${site.measures
        .map((measure) => `<li><strong>${escapeHtml(measure.title)}.</strong> ${escapeHtml(measure.guidance)}</li>`)
        .join("")}</ul>`
    : "<p>No additional measures apply to staff at this site.</p>";
  return `<h2>${escapeHtml(`${site.code} ${site.name}`)}: ${site.to}</h2>
<p>Since ${escapeHtml(formatDateTime(site.since))} (${verb(site)} from ${site.from}). ${escapeHtml(LEVEL_MEANING[site.to])}</p>
${measures}`;
}

/** One email to one person for every site of theirs that changed in one decision. */
export function postureEmail(displayName: string, sites: SiteNotice[], appUrl: string): EmailContent {
  const link = `${appUrl}/posture`;
  const subject =
    sites.length === 1
      ? `${sites[0].code} ${sites[0].name}: the security response level is now ${sites[0].to}`
      : `The security response level has changed at ${sites.length} of your sites`;
  const text = [
    `Dear ${displayName},`,
    "",
    ...sites.flatMap((site) => [siteText(site), ""]),
    `Read your site's posture and acknowledge it: ${link}`,
    "",
    "Estate Security. Do not reply to this email.",
  ].join("\n");
  const html = `<p>Dear ${escapeHtml(displayName)},</p>
${sites.map(siteHtml).join("\n")}
<p><a href="${escapeHtml(link)}">Read your site's posture and acknowledge it</a></p>
<p>Estate Security. Do not reply to this email.</p>`;
  return { subject, text, html };
}

/** For commanders: every site a decision moved, in one email. */
export function commanderSummaryEmail(forceWide: boolean, sites: SiteNotice[], appUrl: string): EmailContent {
  const levels = [...new Set(sites.map((site) => site.to))].join(", ");
  const subject = forceWide
    ? `Force response level change: ${sites.length} ${sites.length === 1 ? "site" : "sites"} now at ${levels}`
    : `Site response level change: ${sites.map((site) => `${site.code} to ${site.to}`).join(", ")}`;
  const lines = sites.map((site) => `${site.code} ${site.name}: ${site.from} → ${site.to}`);
  const text = [subject, "", ...lines, "", `The overview: ${appUrl}/levels`].join("\n");
  const html = `<p>${escapeHtml(subject)}</p><ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>
<p><a href="${escapeHtml(`${appUrl}/levels`)}">The overview</a></p>`;
  return { subject, text, html };
}

/** A Teams Workflows webhook message: one Adaptive Card per decision. */
export function teamsCard(forceWide: boolean, sites: SiteNotice[], at: Date, appUrl: string) {
  const levels = [...new Set(sites.map((site) => site.to))];
  const title = forceWide
    ? `Force security response level: ${levels.join(", ")}`
    : `Security response level: ${sites.map((site) => `${site.code} ${site.to}`).join(", ")}`;
  const shown = sites.slice(0, 20);
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", size: "Large", weight: "Bolder", wrap: true, text: title },
            {
              type: "TextBlock",
              wrap: true,
              text: `${sites.length} ${sites.length === 1 ? "site" : "sites"} changed at ${formatDateTime(at)}. ${levels.map((level) => LEVEL_MEANING[level]).join(" ")}`,
            },
            {
              type: "FactSet",
              facts: shown.map((site) => ({ title: `${site.code} ${site.name}`, value: `${site.from} → ${site.to}` })),
            },
            ...(sites.length > shown.length
              ? [{ type: "TextBlock", wrap: true, text: `and ${sites.length - shown.length} more sites.` }]
              : []),
          ],
          actions: [{ type: "Action.OpenUrl", title: "Open Estate Security", url: `${appUrl}/posture` }],
        },
      },
    ],
  };
}

/** The JSON other systems receive for a posture change. */
export function postureWebhookBody(forceWide: boolean, sites: SiteNotice[], at: Date) {
  return {
    event: "posture.changed",
    occurredAt: at.toISOString(),
    forceWide,
    sites: sites.map((site) => ({
      siteId: site.siteId,
      code: site.code,
      name: site.name,
      from: site.from,
      to: site.to,
      since: site.since.toISOString(),
    })),
  };
}

/** One reminder to someone who has not yet acknowledged their site's new posture. */
export function reminderEmail(
  displayName: string,
  site: { code: string; name: string; level: ResponseLevel },
  appUrl: string,
) {
  const subject = `Reminder: acknowledge the ${site.level} response level at ${site.code} ${site.name}`;
  const text = [
    `Dear ${displayName},`,
    "",
    `${site.code} ${site.name} is at ${site.level}. ${LEVEL_MEANING[site.level]}`,
    `Please read your site's posture and acknowledge it: ${appUrl}/posture`,
  ].join("\n");
  const html = `<p>Dear ${escapeHtml(displayName)},</p><p>${escapeHtml(`${site.code} ${site.name}`)} is at ${site.level}. ${escapeHtml(LEVEL_MEANING[site.level])}</p>
<p><a href="${escapeHtml(`${appUrl}/posture`)}">Read your site's posture and acknowledge it</a></p>`;
  return { subject, text, html };
}

/** To a site's leads: who has still not acknowledged the posture. */
export function escalationEmail(
  site: { code: string; name: string; level: ResponseLevel },
  outstanding: string[],
  appUrl: string,
): EmailContent {
  const subject = `${outstanding.length} ${outstanding.length === 1 ? "person has" : "people have"} not acknowledged ${site.level} at ${site.code}`;
  const text = [
    `${site.code} ${site.name} is at ${site.level}. Still to acknowledge:`,
    ...outstanding.map((name) => `- ${name}`),
    "",
    `Brief them and record it, or remind them: ${appUrl}/coverage`,
  ].join("\n");
  const html = `<p>${escapeHtml(`${site.code} ${site.name}`)} is at ${site.level}. Still to acknowledge:</p><ul>${outstanding
    .map((name) => `<li>${escapeHtml(name)}</li>`)
    .join("")}</ul><p><a href="${escapeHtml(`${appUrl}/coverage`)}">Coverage for your site</a></p>`;
  return { subject, text, html };
}
