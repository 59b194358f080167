// An audit event in plain words for the people who read the log: "Ch Supt Alex Morgan raised the
// force to HEIGHTENED", not a type and a JSON payload. Pure: the names are looked up beforehand.
import { DONE_LABEL, OUTCOME_LABEL } from "@/lib/alarms/labels";
import type { AlarmAction } from "@/lib/alarms/transitions";
import { AUDIT_PAYLOADS, type AuditEventType, type AuditPayload } from "@/lib/audit/events";
import { formatDateTime, humanize } from "@/lib/format";
import { compareResponseLevels } from "@/lib/levels/response-levels";

export type DescribableEvent = { type: string; payload: unknown; actorName: string; siteName?: string };

/** What each event type is called in the log's filter. */
export const EVENT_TYPE_LABEL: Record<AuditEventType, string> = {
  "user.activeChanged": "User activated or deactivated",
  "user.sessionsEnded": "User signed out everywhere",
  "auth.signInFailed": "Failed sign-in",
  "auth.lockedOut": "Account locked out",
  "auth.unlocked": "Account unlocked",
  "auth.signedIn": "Signed in",
  "user.created": "User created",
  "user.updated": "User edited",
  "user.passwordSet": "Password set",
  "apiToken.created": "API token created",
  "apiToken.revoked": "API token revoked",
  "threat.recorded": "Threat level recorded",
  "level.forceChanged": "Force level changed",
  "level.reviewMaintained": "Level reviewed and maintained",
  "site.logged": "Site log entry",
  "debrief.submitted": "Stand-down debrief submitted",
  "site.created": "Site added",
  "site.updated": "Site edited",
  "site.closed": "Site closed",
  "level.overrideSet": "Site override set",
  "level.overrideEnded": "Site override ended",
  "level.overrideExpired": "Site override expired",
  "checklist.itemChanged": "Checklist item changed",
  "posture.acknowledged": "Posture acknowledged",
  "policy.draftCreated": "Policy draft started",
  "policy.draftEdited": "Policy draft edited",
  "policy.published": "Policy published",
  "alarm.requested": "Alarm requested",
  "alarm.transitioned": "Alarm request moved on",
  "alarm.personalDataAccessed": "Alarm personal data opened",
  "alarm.hazardsSearched": "Hazard markers searched",
  "alarm.personalDataErased": "Alarm personal data disposed of",
  "alarm.personalDataDisclosed": "Alarm personal data disclosed",
  "alarm.recordReviewed": "Alarm record reviewed",
  "alarm.callRecorded": "Alarm call recorded",
  "unit.added": "Alarm unit added",
  "unit.moved": "Alarm unit moved",
  "stocktake.started": "Stocktake started",
  "stocktake.finished": "Stocktake finished",
};

export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_PAYLOADS) as AuditEventType[];

const when = (iso: string | null | undefined) => (iso ? formatDateTime(new Date(iso)) : "no set time");
// Changes made for the identity provider have no person behind them.
const SOURCE = {
  admin: (who: string) => who,
  oidc: () => "The sign-in through the identity provider",
  scim: () => "SCIM provisioning",
} as const;

type Describers = {
  [T in AuditEventType]: (payload: AuditPayload<T>, who: string, site: string) => string;
};

const DESCRIBE: Describers = {
  "user.activeChanged": (p, who) => `${who} ${p.active ? "reactivated" : "deactivated"} the account ${p.username}`,
  "user.sessionsEnded": (p, who) =>
    `${who} signed ${p.username} out everywhere (${p.sessions} ${p.sessions === 1 ? "session" : "sessions"})`,
  "auth.signInFailed": (p) => `Failed sign-in as ${p.username} from ${p.address}`,
  "auth.lockedOut": (p) =>
    `${p.username} locked out until ${when(p.until)} after repeated failed sign-ins from ${p.address}`,
  "auth.unlocked": (p, who) => `${who} unlocked the account ${p.username}`,
  "auth.signedIn": (p) =>
    `${p.username} signed in ${p.method === "oidc" ? "through the force's identity provider" : "with a password"}`,
  "user.created": (p, who) =>
    `${SOURCE[p.source](who)} created the user ${p.username} (${p.roles.map(humanize).join(", ") || "no roles"}${p.homeSite ? `, ${p.homeSite}` : ""})`,
  "user.updated": (p, who) =>
    `${SOURCE[p.source](who)} changed ${p.username}: ${Object.entries(p.changes)
      .map(([field, change]) => `${field} from ${shown(change.from)} to ${shown(change.to)}`)
      .join(", ")}`,
  "user.passwordSet": (p, who) =>
    p.by === "self" ? `${p.username} chose a new password` : `${who} set a first password for ${p.username}`,
  "apiToken.created": (p, who) =>
    `${who} created the API token "${p.name}" (${p.scopes.join(", ")}; expires ${when(p.expiresAt)})`,
  "apiToken.revoked": (p, who) => `${who} revoked the API token "${p.name}"`,
  "threat.recorded": (p, who) =>
    `${who} recorded the ${humanize(p.scope).toLowerCase()} threat level as ${p.level} (source: ${p.source})`,
  "level.forceChanged": (p, who) => {
    const direction = compareResponseLevels(p.to, p.from);
    const verb = direction > 0 ? "raised" : direction < 0 ? "lowered" : "confirmed";
    const review = p.reviewBy ? `; review by ${when(p.reviewBy)}` : "";
    return `${who} ${verb} the force to ${p.to} from ${p.from} (${p.sitesMoved} ${p.sitesMoved === 1 ? "site" : "sites"} changed level${review})`;
  },
  "site.logged": (p, who, site) =>
    `${who} logged ${p.kind === "DECISION" ? "a decision" : "an event"} at ${site}: ${p.summary}`,
  "debrief.submitted": (_p, who, site) => `${who} submitted the stand-down debrief for ${site}`,
  "site.created": (p, who) => `${who} added the site ${p.code} ${p.name} (${p.district}), at ${p.level}`,
  "site.closed": (p, who) => `${who} closed the site ${p.code}: ${p.reason}`,
  "site.updated": (p, who, site) =>
    `${who} edited ${site}: ${Object.entries(p)
      .map(([field, change]) => `${field} from "${change.from}" to "${change.to}"`)
      .join(", ")}`,
  "level.reviewMaintained": (p, who, site) =>
    `${who} reviewed ${p.scope === "FORCE" ? "the force" : site} at ${p.level} and maintained it until ${when(p.reviewBy)}`,
  "level.overrideSet": (p, who, site) => `${who} raised ${site} to ${p.to} until ${when(p.expiresAt)}`,
  "level.overrideEnded": (p, who, site) => `${who} ended the override at ${site}: back to the force level, ${p.to}`,
  "level.overrideExpired": (p, _who, site) => `The override at ${site} expired: back to the force level, ${p.to}`,
  "checklist.itemChanged": (p, who, site) => {
    const decision =
      p.from === p.to ? `updated ${p.optionCode}` : `marked ${p.optionCode} ${humanize(p.to).toLowerCase()}`;
    const moved = p.dueChangeReason ? ` and moved it to ${when(p.dueAt)} (${p.dueChangeReason})` : "";
    return `${who} ${decision} at ${site}${moved}`;
  },
  "posture.acknowledged": (p, who, site) =>
    p.method === "IN_PERSON"
      ? `${who} recorded that ${p.forUsername ?? "a member of staff"} was briefed in person on ${p.level} at ${site}`
      : `${who} acknowledged ${p.level} at ${site}`,
  "policy.draftCreated": (p, who) => `${who} started draft version ${p.version} of ${p.reference}`,
  "policy.draftEdited": (p, who) =>
    p.change === "details"
      ? `${who} edited the details of draft version ${p.version}`
      : `${who} ${p.change} option ${p.optionCode} in draft version ${p.version}`,
  "policy.published": (p, who) => {
    const changes = p.added
      ? `; ${p.added.length} added, ${p.removed?.length ?? 0} removed, ${p.changed?.length ?? 0} changed`
      : "";
    return `${who} published ${p.reference} version ${p.version} (${p.options} options${changes}; review due ${when(p.reviewDueAt)})`;
  },
  "alarm.requested": (p, who) =>
    `${who} requested ${p.number} (${humanize(p.alarmType).toLowerCase()} alarm, ${p.periodDays} days)`,
  "alarm.transitioned": (p, who) => {
    const done = DONE_LABEL[p.action as AlarmAction];
    return done
      ? `${who} ${done.toLowerCase()} ${p.number}`
      : `${who} moved ${p.number} from ${humanize(p.from)} to ${humanize(p.to)}`;
  },
  "alarm.personalDataAccessed": (p, who) =>
    p.apiToken
      ? `The system holding the API token "${p.apiToken}" read the hazard markers of ${p.number}`
      : `${who} opened the personal data of ${p.number}`,
  "alarm.hazardsSearched": (p, who) =>
    `${p.apiToken ? `The system holding the API token "${p.apiToken}"` : who} searched the hazard markers and was shown ${p.numbers.join(", ")}`,
  "alarm.personalDataErased": (p) => `The personal data of ${p.number} was disposed of (erased; the facts are kept)`,
  "alarm.personalDataDisclosed": (p, who) =>
    `${who} recorded a disclosure of the personal data of ${p.number} to ${p.organisation}`,
  "alarm.recordReviewed": (p, who) =>
    p.decision === "RETAIN"
      ? `${who} reviewed the record of ${p.number} and retained it until ${when(p.nextReviewAt)}`
      : `${who} reviewed the record of ${p.number} and disposed of its personal data`,
  "alarm.callRecorded": (p, who) =>
    `${who} recorded an alarm call on ${p.number}: ${OUTCOME_LABEL[p.outcome as keyof typeof OUTCOME_LABEL] ?? humanize(p.outcome)}`,
  "unit.added": (p, who) => `${who} added unit ${p.assetTag} (${humanize(p.type).toLowerCase()})`,
  "unit.moved": (p, who) => {
    const request = p.requestNumber ? ` (${p.requestNumber})` : "";
    return `${who} recorded unit ${p.assetTag} as ${humanize(p.kind).toLowerCase()}${request}: now ${humanize(p.status).toLowerCase()}`;
  },
  "stocktake.started": (_p, who) => `${who} started a stocktake of the alarm store`,
  "stocktake.finished": (p, who) =>
    `${who} finished a stocktake: ${p.found} found, ${p.missing.length} missing, ${p.unexpected.length} unexpected`,
};

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.join(", ") : "none";
  if (value === null || value === undefined || value === "") return "none";
  return `"${String(value)}"`;
}

export function describeAuditEvent({ type, payload, actorName, siteName = "a site" }: DescribableEvent): string {
  if (!Object.hasOwn(DESCRIBE, type)) return `${actorName}: ${type}`;
  const known = type as AuditEventType;
  const parsed = AUDIT_PAYLOADS[known].safeParse(payload);
  if (!parsed.success) return `${actorName}: ${EVENT_TYPE_LABEL[known]}`;
  const describe = DESCRIBE[known] as (payload: unknown, who: string, site: string) => string;
  return describe(parsed.data, actorName, siteName);
}

/** The site an event is about, where it names one: its record or its payload's `siteId`. */
export function siteIdOf(event: { entityType: string; entityId: string; payload: unknown }): string | undefined {
  if (event.entityType === "Site") return event.entityId;
  const payload = event.payload as { siteId?: unknown } | null;
  return typeof payload?.siteId === "string" ? payload.siteId : undefined;
}
