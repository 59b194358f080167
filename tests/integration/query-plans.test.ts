import { beforeAll, describe, expect, it } from "vitest";
import { searchHazardMarkers } from "@/lib/alarms/hazards";
import { listAlarmRequests, readAlarmQueues } from "@/lib/alarms/list-alarms";
import { readAlarmRequest } from "@/lib/alarms/read-alarm";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { readAcknowledgementCoverage } from "@/lib/levels/read-coverage";
import { readPosture } from "@/lib/levels/read-posture";
import { readSiteChecklist } from "@/lib/levels/read-site-checklist";
import { readStaffPosture } from "@/lib/levels/read-staff-posture";
import { listUsers } from "@/lib/users/list-users";
import { alarmSteps, createAlarmCast, type AlarmCast } from "./alarm-steps";
import { statementsOf, type Statement } from "../support/statements";
import { createSite, createUser, ensurePublishedPolicy, siteVersion } from "./factories";

/** The tables that grow with the years and the staff: none of them may be read whole. */
const GROWING = new Set([
  "AuditEvent",
  "ChecklistItem",
  "Activation",
  "AlarmRequest",
  "AlarmTransition",
  "AlarmAccess",
  "AlarmCall",
  "LevelChange",
  "SiteLevelPeriod",
  "Acknowledgement",
  "User",
  "Session",
  "PostureEvent",
]);

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };

/** The reads a piece of work sends to the database. */
const readsOf = async (work: () => Promise<unknown>) =>
  (await statementsOf(work)).filter(({ text }) => /^\s*(SELECT|WITH)\b/i.test(text));

function seqScans(node: PlanNode): string[] {
  const own = node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

/**
 * Each statement's plan with sequential scans priced out: where an index can serve the query the
 * planner takes it, so a sequential scan left over means no index fits (on any amount of data).
 */
async function tablesReadWhole(statements: Statement[]): Promise<string[]> {
  const found: string[] = [];
  for (const { text, values } of statements) {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(`EXPLAIN (FORMAT JSON) ${text}`, ...values);
    });
    const whole = seqScans(plan[0]["QUERY PLAN"][0].Plan).filter((table) => GROWING.has(table));
    if (whole.length) found.push(`${whole.join(", ")} ← ${text.replace(/\s+/g, " ").slice(0, 300)}`);
  }
  return found;
}

let commander: CurrentUser;
let admin: CurrentUser;
let lead: CurrentUser;
let staff: CurrentUser;
let cast: AlarmCast;
let siteId: string;
let alarmId: string;

beforeAll(async () => {
  await ensurePublishedPolicy();
  const site = await createSite();
  siteId = site.id;
  commander = await createUser(["COMMANDER"]);
  admin = await createUser(["ADMIN"]);
  lead = await createUser(["SITE_LEAD"], { homeSiteId: siteId });
  staff = await createUser(["STAFF"], { homeSiteId: siteId });
  await changeResponseLevel(commander, {
    scope: "SITE",
    siteId,
    level: "HEIGHTENED",
    reason: "Query plans",
    expiresAt: new Date(Date.now() + 86_400_000),
    expectedVersion: await siteVersion(siteId),
  });
  cast = await createAlarmCast();
  alarmId = (await alarmSteps(cast).liveAlarm({ postcode: "KB6 1QP", addressLine1: "1 Plan Street" })).id;
});

describe("the hot pages' queries use an index on every table that grows", () => {
  const pages: [string, () => Promise<unknown>][] = [
    ["the staff posture page", () => readStaffPosture(staff)],
    ["the overview", () => readPosture(commander)],
    ["a site's checklist", () => readSiteChecklist(lead, siteId)],
    ["acknowledgement coverage", () => readAcknowledgementCoverage(lead)],
    ["the alarm queues", () => readAlarmQueues(cast.approver)],
    ["the alarm list", () => listAlarmRequests(cast.approver, { status: "INSTALLED" })],
    ["an alarm record", () => readAlarmRequest(cast.approver, alarmId)],
    ["a hazard search", () => searchHazardMarkers(cast.officer, { q: "KB6 1QP" })],
    ["the audit log", () => listAuditEvents(admin, {})],
    ["the users list", () => listUsers(admin, {})],
  ];

  it.each(pages)("%s", async (_, work) => {
    const statements = await readsOf(work);
    expect(statements.length).toBeGreaterThan(0);
    expect(await tablesReadWhole(statements)).toEqual([]);
  });

  it("would report a query that reads a growing table whole", async () => {
    const statements = await readsOf(() => db.user.findMany({ where: { displayName: { endsWith: "x" } } }));
    expect(await tablesReadWhole(statements)).toEqual([expect.stringContaining("User ←")]);
  });
});
