// Five years of a force, in set-based SQL (issue 17): sites, staff, level history, closed
// checklists, alarm requests in every state with their calls and access log, and the audit trail.
// Scale 1 is the force; CI runs a small fraction so the script keeps working.
import type pg from "pg";

export type LargeDatasetSize = {
  sites: number;
  users: number;
  checklistItems: number;
  alarms: number;
  auditEvents: number;
};

export function sizeAt(scale: number): LargeDatasetSize {
  const at = (full: number, least: number) => Math.max(least, Math.round(full * scale));
  return {
    sites: at(300, 30),
    users: at(8_000, 60),
    checklistItems: at(200_000, 500),
    alarms: at(20_000, 40),
    auditEvents: at(1_000_000, 1_000),
  };
}

const YEARS = 5;
const DAY_SQL = "interval '1 day'";
type Step = { name: string; sql: (size: LargeDatasetSize, extra: Record<string, number>) => string };

// Sites beyond the demo estate, in six districts; each gets its SiteLevel row from a trigger.
const SITES: Step = {
  name: "sites",
  sql: ({ sites }) => `
    INSERT INTO "Site" ("id", "code", "name", "type", "district", "address")
    SELECT gen_random_uuid(), 'L' || lpad(g::text, 4, '0'), 'Large-estate station ' || g,
      (ARRAY['POLICE_STATION','POLICE_STATION','POLICE_STATION','CUSTODY_SUITE','VEHICLE_DEPOT','TRAINING_CENTRE'])[1 + g % 6]::"SiteType",
      'District ' || (1 + g % 6), g || ' Station Road, Kingsbridge KB' || (1 + g % 9) || ' ' || (1 + g % 9) || 'LS'
    FROM generate_series(1, greatest(0, ${sites} - (SELECT count(*) FROM "Site"))) AS g`,
};

// Staff: one lead per site (leading it), then the force's other roles, most of them STAFF. Every
// bench user signs in with the demo password (its hash copied from the demo user "staff").
const USERS: Step = {
  name: "users",
  sql: ({ users }) => `
    WITH sites AS (SELECT array_agg("id" ORDER BY "code") AS ids, count(*) AS n FROM "Site" WHERE "closedAt" IS NULL),
    hash AS (SELECT "passwordHash" FROM "User" WHERE "username" = 'staff')
    INSERT INTO "User" ("id", "username", "displayName", "roles", "passwordHash", "homeSiteId", "email", "updatedAt", "lastSignInAt", "lastSignInMethod")
    SELECT gen_random_uuid(), 'bench' || lpad(g::text, 5, '0'), 'Bench person ' || g,
      CASE
        WHEN g <= sites.n THEN ARRAY['SITE_LEAD']::"Role"[]
        WHEN g % 400 = 0 THEN ARRAY['COMMANDER']::"Role"[]
        WHEN g % 20 = 0 THEN ARRAY['OFFICER']::"Role"[]
        WHEN g % 250 = 0 THEN ARRAY['APPROVER']::"Role"[]
        WHEN g % 333 = 0 THEN ARRAY['INSTALLER']::"Role"[]
        WHEN g % 190 = 0 THEN ARRAY['CONTROL_ROOM']::"Role"[]
        ELSE ARRAY['STAFF']::"Role"[]
      END,
      hash."passwordHash", sites.ids[1 + (g - 1) % sites.n], 'bench' || g || '@estate.example', now(),
      now() - (g % 90) * ${DAY_SQL}, 'password'
    FROM sites, hash, generate_series(1, greatest(0, ${users} - (SELECT count(*) FROM "User"))) AS g;
    INSERT INTO "LeadSite" ("userId", "siteId")
    SELECT "id", "homeSiteId" FROM "User" WHERE "username" LIKE 'bench%' AND 'SITE_LEAD' = ANY("roles")
    ON CONFLICT DO NOTHING`,
};

// Force-wide raises through five years (HEIGHTENED for a fortnight), each with its level changes,
// every open site's level periods and closed checklist, as many raises as make the items asked for.
const RAISES_SQL = `CREATE TEMP TABLE raise AS
  SELECT k, now() - interval '${YEARS} years' + (k - 1) * ((interval '${YEARS} years' - interval '30 days') / greatest(1, :raises - 1)) AS started
  FROM generate_series(1, :raises) AS k`;

const LEVEL_HISTORY: Step = {
  name: "level history",
  sql: (_, { raises }) => `
    ${RAISES_SQL.replaceAll(":raises", String(raises))};
    ALTER TABLE raise ADD COLUMN ended timestamptz;
    UPDATE raise SET ended = started + interval '14 days';
    INSERT INTO "LevelChange" ("id", "scope", "kind", "fromLevel", "toLevel", "reason", "occurredAt")
    SELECT gen_random_uuid(), 'FORCE'::"LevelScope", 'FORCE_SET'::"LevelChangeKind", 'NORMAL'::"ResponseLevel",
      'HEIGHTENED'::"ResponseLevel", 'Bench raise ' || k, started FROM raise
    UNION ALL
    SELECT gen_random_uuid(), 'FORCE', 'FORCE_SET', 'HEIGHTENED', 'NORMAL', 'Bench stand-down ' || k, ended FROM raise;
    INSERT INTO "LevelChange" ("id", "scope", "kind", "siteId", "fromLevel", "toLevel", "reason", "expiresAt", "occurredAt")
    SELECT gen_random_uuid(), 'SITE', 'OVERRIDE_SET', s."id", 'NORMAL', 'EXCEPTIONAL', 'Bench local threat',
      raise.started + interval '40 days', raise.started + interval '30 days'
    FROM "Site" s JOIN raise ON (raise.k + hashtext(s."code")) % 4 = 0;
    INSERT INTO "SiteLevelPeriod" ("id", "siteId", "level", "startedAt", "endedAt")
    SELECT gen_random_uuid(), s."id", 'HEIGHTENED'::"ResponseLevel", raise.started, raise.ended FROM "Site" s, raise
    UNION ALL
    SELECT gen_random_uuid(), s."id", 'NORMAL', gap.ended, gap.next_started
    FROM "Site" s, (SELECT ended, coalesce(lead(started) OVER (ORDER BY k), now() - interval '1 minute') AS next_started FROM raise) AS gap`,
};

const CHECKLISTS: Step = {
  name: "closed checklists",
  sql: () => `
    CREATE TEMP TABLE bench_activation AS
    SELECT gen_random_uuid() AS id, s."id" AS site_id, s."type" AS site_type, raise.started, raise.ended
    FROM "Site" s, raise WHERE s."code" LIKE 'L%';
    INSERT INTO "Activation" ("id", "siteId", "policyVersionId", "level", "openedAt", "closedAt")
    SELECT a.id, a.site_id, (SELECT "id" FROM "PolicyVersion" WHERE "status" = 'PUBLISHED' ORDER BY "version" DESC LIMIT 1),
      'HEIGHTENED', a.started, a.ended
    FROM bench_activation a;
    INSERT INTO "ChecklistItem" ("id", "activationId", "optionId", "level", "status", "rationale", "dueAt", "updatedAt", "implementedAt", "version")
    SELECT gen_random_uuid(), a.id, o."id", 'HEIGHTENED',
      (CASE WHEN hashtext(a.id::text || o."code") % 10 = 0 THEN 'NOT_IMPLEMENTED' ELSE 'IMPLEMENTED' END)::"ChecklistStatus",
      CASE WHEN hashtext(a.id::text || o."code") % 10 = 0 THEN 'Not possible at this site during the raise' END,
      a.started + interval '1 day', a.started + interval '20 hours',
      CASE WHEN hashtext(a.id::text || o."code") % 10 <> 0 THEN a.started + interval '20 hours' END, 1
    FROM bench_activation a
    JOIN "PolicyOption" o ON o."policyVersionId" = (SELECT "id" FROM "PolicyVersion" WHERE "status" = 'PUBLISHED' ORDER BY "version" DESC LIMIT 1)
      AND o."minLevel" IN ('NORMAL', 'HEIGHTENED') AND a.site_type = ANY(o."siteTypes")`,
};

// Alarm requests across five years in every state: live ones with a unit each, their transitions,
// calls on some, and the access log of the people who consulted them.
const ALARMS: Step = {
  name: "alarm requests",
  sql: ({ alarms }) => `
    CREATE TEMP TABLE bench_alarm AS
    SELECT g, gen_random_uuid() AS id,
      (ARRAY['CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED','CLOSED',
             'INSTALLED','INSTALLED','INSTALLED','INSTALLED','REJECTED','WITHDRAWN','REQUESTED','APPROVED','REMOVAL_ORDERED','REMOVED'])[1 + g % 20]::"AlarmStatus" AS status,
      now() - interval '${YEARS} years' + (g::float / ${alarms}) * (interval '${YEARS} years' - interval '2 days') AS requested_at
    FROM generate_series(1, ${alarms}) AS g;
    INSERT INTO "AlarmUnit" ("id", "assetTag", "type", "status")
    SELECT gen_random_uuid(), 'BENCH-' || lpad(g::text, 6, '0'), 'PERSONAL_ATTACK', 'INSTALLED'
    FROM bench_alarm WHERE status IN ('INSTALLED', 'REMOVAL_ORDERED');
    WITH officers AS (SELECT array_agg("id") AS ids, count(*) AS n FROM "User" WHERE 'OFFICER' = ANY("roles")),
    units AS (SELECT "id", row_number() OVER (ORDER BY "assetTag") AS r FROM "AlarmUnit" WHERE "assetTag" LIKE 'BENCH-%'),
    live AS (SELECT id, row_number() OVER (ORDER BY g) AS r FROM bench_alarm WHERE status IN ('INSTALLED', 'REMOVAL_ORDERED'))
    INSERT INTO "AlarmRequest" ("id", "number", "status", "addressLine1", "town", "postcode", "postcodeKey", "personName",
      "contactPhone", "phoneKey", "riskSummary", "hazards", "controlRoomRef", "district", "reasonCategory", "alarmType",
      "periodDays", "estimatedCost", "requestedById", "requestedAt", "decidedAt", "installedAt", "liveConfirmedAt",
      "removedAt", "closedAt", "reviewDueAt", "recordReviewDueAt", "unitId", "riskGrade")
    SELECT a.id, 'TPA-' || extract(year FROM a.requested_at) || '-B' || lpad(a.g::text, 6, '0'), a.status,
      a.g || ' Bench Street', 'Kingsbridge', 'KB' || (1 + a.g % 9) || ' ' || (a.g % 10) || chr(65 + a.g % 26) || chr(65 + a.g % 23),
      'KB' || (1 + a.g % 9) || (a.g % 10) || chr(65 + a.g % 26) || chr(65 + a.g % 23), 'Bench Person ' || a.g,
      '07700 9' || lpad((a.g % 100000)::text, 5, '0'), '077009' || lpad((a.g % 100000)::text, 5, '0'),
      'Former partner has made threats; bench case ' || a.g, 'Dog at the address; bench case ' || a.g,
      'CR-' || a.g, 'District ' || (1 + a.g % 6),
      (ARRAY['DOMESTIC_ABUSE','WITNESS','REPEAT_VICTIM','HATE_CRIME','CHILD_PROTECTION','OTHER'])[1 + a.g % 6]::"AlarmReason",
      (CASE WHEN a.g % 3 = 0 THEN 'INTRUDER' ELSE 'PERSONAL_ATTACK' END)::"AlarmType",
      90, 450, officers.ids[1 + a.g % officers.n], a.requested_at,
      CASE WHEN a.status <> 'REQUESTED' THEN a.requested_at + interval '1 day' END,
      CASE WHEN a.status IN ('INSTALLED','REMOVAL_ORDERED','REMOVED','CLOSED') THEN a.requested_at + interval '3 days' END,
      CASE WHEN a.status IN ('INSTALLED','REMOVAL_ORDERED','REMOVED','CLOSED') THEN a.requested_at + interval '3 days' END,
      CASE WHEN a.status IN ('REMOVED','CLOSED') THEN a.requested_at + interval '93 days' END,
      CASE WHEN a.status IN ('CLOSED','REJECTED','WITHDRAWN') THEN a.requested_at + interval '95 days' END,
      CASE WHEN a.status = 'INSTALLED' THEN a.requested_at + interval '93 days' END,
      CASE WHEN a.status IN ('CLOSED','REJECTED','WITHDRAWN') THEN a.requested_at + interval '6 years' END,
      units."id", CASE WHEN a.status <> 'REQUESTED' THEN 'HIGH'::"RiskGrade" END
    FROM bench_alarm a CROSS JOIN officers LEFT JOIN live ON live.id = a.id LEFT JOIN units ON units.r = live.r;
    INSERT INTO "AlarmTransition" ("id", "requestId", "action", "fromStatus", "toStatus", "actorId", "occurredAt")
    SELECT gen_random_uuid(), r."id", 'request', NULL::"AlarmStatus", 'REQUESTED'::"AlarmStatus", r."requestedById", r."requestedAt" FROM "AlarmRequest" r WHERE r."number" LIKE '%-B%'
    UNION ALL
    SELECT gen_random_uuid(), r."id", 'approve', 'REQUESTED', 'APPROVED', NULL, r."decidedAt" FROM "AlarmRequest" r
      WHERE r."number" LIKE '%-B%' AND r."decidedAt" IS NOT NULL
    UNION ALL
    SELECT gen_random_uuid(), r."id", 'install', 'APPROVED', 'INSTALLED', NULL, r."installedAt" FROM "AlarmRequest" r
      WHERE r."number" LIKE '%-B%' AND r."installedAt" IS NOT NULL
    UNION ALL
    SELECT gen_random_uuid(), r."id", 'close', 'REMOVED', r."status", NULL, r."closedAt" FROM "AlarmRequest" r
      WHERE r."number" LIKE '%-B%' AND r."closedAt" IS NOT NULL;
    INSERT INTO "AlarmCall" ("id", "requestId", "occurredAt", "outcome", "recordedById")
    SELECT gen_random_uuid(), r."id", r."installedAt" + (c * 7) * ${DAY_SQL},
      (ARRAY['FALSE_ALARM','TEST','GENUINE_EMERGENCY','NO_EVIDENCE_OF_CRIME'])[1 + c % 4]::"AlarmCallOutcome", r."requestedById"
    FROM "AlarmRequest" r, generate_series(1, 2) AS c
    WHERE r."number" LIKE '%-B%' AND r."installedAt" IS NOT NULL AND hashtext(r."id"::text) % 5 = 0;
    WITH approvers AS (SELECT array_agg("id") AS ids, count(*) AS n FROM "User" WHERE 'APPROVER' = ANY("roles"))
    INSERT INTO "AlarmAccess" ("id", "requestId", "userId", "justification", "accessedAt")
    SELECT gen_random_uuid(), r."id", approvers.ids[1 + (abs(hashtext(r."id"::text)) + v) % approvers.n],
      'Deciding the request', r."requestedAt" + (v + 1) * interval '6 hours'
    FROM "AlarmRequest" r, approvers, generate_series(0, 1) AS v WHERE r."number" LIKE '%-B%'`,
};

// The audit trail: sign-ins, failed sign-ins and checklist decisions over five years, inserted
// unlinked and then chained by the database's one chaining writer, as the app's own events are.
const AUDIT: Step = {
  name: "audit events",
  sql: ({ auditEvents }) => `
    WITH people AS (SELECT array_agg("id") AS ids, array_agg("username") AS names, count(*) AS n FROM "User"),
    todo AS (SELECT greatest(0, ${auditEvents} - (SELECT count(*) FROM "AuditEvent")) AS n)
    INSERT INTO "AuditEvent" ("occurredAt", "actorId", "type", "entityType", "entityId", "payload")
    SELECT now() - interval '${YEARS} years' + (g::float / todo.n) * (interval '${YEARS} years' - interval '1 hour'),
      people.ids[1 + g % people.n],
      CASE WHEN g % 10 = 0 THEN 'auth.signInFailed' ELSE 'auth.signedIn' END,
      'User', people.ids[1 + g % people.n]::text,
      CASE WHEN g % 10 = 0
        THEN jsonb_build_object('username', people.names[1 + g % people.n], 'address', '10.0.' || (g % 250) || '.' || (g % 200))
        ELSE jsonb_build_object('username', people.names[1 + g % people.n], 'method', 'password') END
    FROM people, todo, generate_series(1, (SELECT n FROM todo)) AS g`,
};

export const STEPS = { SITES, USERS, LEVEL_HISTORY, CHECKLISTS, ALARMS, AUDIT };

/** Raises enough to give about `checklistItems` closed items over the large-estate sites. */
export async function raisesFor(client: pg.Client, size: LargeDatasetSize): Promise<number> {
  const { rows } = await client.query<{ per_raise: string }>(`
    SELECT count(*) AS per_raise FROM "Site" s JOIN "PolicyOption" o
      ON o."policyVersionId" = (SELECT "id" FROM "PolicyVersion" WHERE "status" = 'PUBLISHED' ORDER BY "version" DESC LIMIT 1)
      AND o."minLevel" IN ('NORMAL', 'HEIGHTENED') AND s."type" = ANY(o."siteTypes")
    WHERE s."code" LIKE 'L%'`);
  return Math.max(2, Math.round(size.checklistItems / Math.max(1, Number(rows[0].per_raise))));
}
