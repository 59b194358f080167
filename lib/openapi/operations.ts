import { z } from "zod";
import {
  addressCheckSchema,
  alarmCallSchema,
  alarmRequestSchema,
  alarmUnitSchema,
  assetTagSchema,
  callLookupSchema,
  consultationSchema,
  disclosureSchema,
  hazardSearchSchema,
  listAlarmsSchema,
  listUnitsSchema,
  pageSchema,
  recordReviewSchema,
  transitionSchema,
  unitMoveSchema,
} from "@/lib/alarms/schemas";
import { auditFilterSchema } from "@/lib/audit/audit-filter";
import { debriefListSchema, debriefSchema } from "@/lib/levels/debriefs";
import {
  acknowledgeSchema,
  bulkChecklistSchema,
  changeLevelSchema,
  previewLevelSchema,
  recordThreatSchema,
  reviewLevelSchema,
  updateChecklistItemSchema,
} from "@/lib/levels/schemas";
import { subscribeSchema } from "@/lib/notify/subscriptions";
import { webhookSchema } from "@/lib/notify/webhooks";
import { policyReviewSchema } from "@/lib/reports/policy-review";
import { closeSiteSchema } from "@/lib/sites/close-site";
import { siteListSchema, siteSchema } from "@/lib/sites/manage-sites";
import { siteLogEntrySchema, siteLogListSchema } from "@/lib/sites/site-log";
import { userFilterSchema } from "@/lib/users/list-users";
import { createUserSchema, updateUserSchema } from "@/lib/users/user-schemas";
import type { ApiScope } from "@/lib/api-tokens/scopes";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One JSON route: the same zod schemas the route's domain function parses with, and an example that passes them. */
export type Operation = {
  method: Method;
  path: string;
  tag: string;
  summary: string;
  /** A session (a signed-in person); with `scope`, an API token holding it may call it too. */
  scope?: ApiScope;
  auth?: "session" | "scim" | "none";
  query?: z.ZodType;
  body?: z.ZodType;
  example?: unknown;
  /** What answers: JSON unless said otherwise. */
  produces?: "json" | "csv" | "event-stream" | "scim" | "none";
  status?: number;
};

const day = (days: number) => new Date(Date.UTC(2026, 11, 1) + days * 86_400_000).toISOString();
const ID = "7d4f8f5e-0c1b-4c6a-9a53-2f6e1c0b9a11";
const SITE_ID = "3b8e2a90-1f3c-4d7e-8a55-6c2d9e0f1a22";

const scimUser = z
  .object({ userName: z.string(), externalId: z.string().optional(), active: z.boolean().optional() })
  .loose();
const scimGroup = z
  .object({ displayName: z.string(), members: z.array(z.object({ value: z.string() })).optional() })
  .loose();
const scimPatch = z
  .object({ Operations: z.array(z.object({ op: z.string(), path: z.string().optional(), value: z.unknown() })) })
  .loose();
const closeOrEdit = z.union([siteSchema.partial(), closeSiteSchema]);
const formatCsv = z.object({ format: z.enum(["csv"]).optional() });

const ALARM_REQUEST_EXAMPLE = {
  addressLine1: "12 Example Terrace",
  town: "Kingsbridge",
  postcode: "KB1 9ZZ",
  personName: "Alex Example",
  contactPhone: "07700 900123",
  reasonCategory: "DOMESTIC_ABUSE",
  riskSummary: "Former partner has made repeated threats to attend the address.",
  hazards: "Former partner known to carry a knife; dog at the address.",
  reference: "CR/2026/00123",
  alarmType: "PERSONAL_ATTACK",
  periodDays: 28,
  riskGrade: "HIGH",
  riskAssessedOn: "2026-11-01",
  maracHeard: true,
  maracDate: "2026-11-10",
  codeword: "bluebell",
  safeContact: "Mobile only, weekdays 9 to 3; never leave a voicemail.",
  occupierConsent: true,
};

const SCIM_USER_EXAMPLE = {
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
  externalId: "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
  userName: "a.morgan@force.example",
  active: true,
  displayName: "Ch Supt Alex Morgan",
  emails: [{ primary: true, type: "work", value: "a.morgan@force.example" }],
  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: "CEN01" },
};

export const OPERATIONS: Operation[] = [
  {
    method: "GET",
    path: "/api/health",
    tag: "System",
    summary: "Whether the app and its database answer",
    auth: "none",
  },
  { method: "GET", path: "/api/openapi.json", tag: "System", summary: "This description" },

  {
    method: "GET",
    path: "/api/posture",
    tag: "Response levels",
    summary: "The force's and the sites' response levels",
    scope: "posture:read",
  },
  {
    method: "GET",
    path: "/api/posture/stream",
    tag: "Response levels",
    summary: "Server-sent events when the posture changes",
    produces: "event-stream",
  },
  {
    method: "POST",
    path: "/api/posture/acknowledgements",
    tag: "Response levels",
    summary: "Acknowledge the posture of one's own site",
    body: acknowledgeSchema,
    example: { siteId: SITE_ID, postureVersion: 3 },
    status: 201,
  },
  {
    method: "POST",
    path: "/api/threat-levels",
    tag: "Response levels",
    summary: "Record a threat level",
    body: recordThreatSchema,
    example: { scope: "NATIONAL", level: "SEVERE", reason: "JTAC raised the national threat level", source: "JTAC" },
    status: 201,
  },
  {
    method: "POST",
    path: "/api/levels",
    tag: "Response levels",
    summary: "Change the force level or a site's override",
    scope: "levels:write",
    body: changeLevelSchema,
    example: {
      scope: "FORCE",
      level: "HEIGHTENED",
      reason: "National threat raised to SEVERE",
      reviewBy: day(14),
      expectedVersion: 4,
    },
  },
  {
    method: "POST",
    path: "/api/levels/preview",
    tag: "Response levels",
    summary: "What a level change would do, changing nothing",
    body: previewLevelSchema,
    example: { scope: "FORCE", level: "HEIGHTENED" },
  },
  {
    method: "POST",
    path: "/api/levels/review",
    tag: "Response levels",
    summary: "Review a level: maintain it to a new review-by time, or change it",
    body: reviewLevelSchema,
    example: {
      scope: "FORCE",
      decision: "MAINTAIN",
      reviewBy: day(30),
      reason: "Threat unchanged at the weekly review",
      expectedVersion: 5,
    },
  },
  {
    method: "GET",
    path: "/api/levels/history",
    tag: "Response levels",
    summary: "Every level change, as CSV",
    produces: "csv",
  },
  {
    method: "GET",
    path: "/api/acknowledgements",
    tag: "Response levels",
    summary: "Who has acknowledged the posture in force, by site",
  },
  { method: "GET", path: "/api/sites/{id}/checklist", tag: "Checklists", summary: "A site's open checklist" },
  {
    method: "GET",
    path: "/api/sites/{id}/checklist/export",
    tag: "Checklists",
    summary: "A site's checklist as CSV",
    produces: "csv",
  },
  {
    method: "POST",
    path: "/api/sites/{id}/checklist/decisions",
    tag: "Checklists",
    summary: "One decision on many items",
    body: bulkChecklistSchema,
    example: { status: "IMPLEMENTED", items: [{ id: ID, expectedVersion: 2 }] },
  },
  {
    method: "PATCH",
    path: "/api/checklist-items/{id}",
    tag: "Checklists",
    summary: "Decide, assign or reschedule one item",
    body: updateChecklistItemSchema,
    example: { status: "NOT_IMPLEMENTED", rationale: "No second officer available on nights", expectedVersion: 1 },
  },
  {
    method: "GET",
    path: "/api/sites/{id}/log",
    tag: "Checklists",
    summary: "A site's log of events and decisions",
    query: siteLogListSchema,
  },
  {
    method: "POST",
    path: "/api/sites/{id}/log",
    tag: "Checklists",
    summary: "Log an event or a decision at a site",
    body: siteLogEntrySchema,
    example: { kind: "EVENT", summary: "Suspicious vehicle reported at the rear gate" },
    status: 201,
  },
  { method: "GET", path: "/api/debriefs", tag: "Checklists", summary: "Stand-down debriefs", query: debriefListSchema },
  { method: "GET", path: "/api/debriefs/{id}", tag: "Checklists", summary: "One debrief with its figures" },
  {
    method: "PUT",
    path: "/api/debriefs/{id}",
    tag: "Checklists",
    summary: "Write or submit a debrief",
    body: debriefSchema,
    example: {
      whatWorked: "Staff briefed within the hour",
      whatDidNot: "Barrier at the rear gate failed",
      notImplemented: [{ code: "HT-04", reason: "No second officer on nights" }],
      officerHours: 42.5,
      cost: 1800,
      expectedVersion: 1,
    },
  },
  {
    method: "GET",
    path: "/api/reports/policy-review",
    tag: "Reports",
    summary: "The policy review pack (JSON, or CSV with format=csv)",
    query: policyReviewSchema,
  },
  { method: "GET", path: "/api/subscriptions", tag: "Notifications", summary: "The sites one follows" },
  {
    method: "POST",
    path: "/api/subscriptions",
    tag: "Notifications",
    summary: "Follow a site's level",
    body: subscribeSchema,
    example: { siteId: SITE_ID },
    status: 201,
  },
  {
    method: "DELETE",
    path: "/api/subscriptions/{siteId}",
    tag: "Notifications",
    summary: "Stop following a site",
    produces: "none",
    status: 204,
  },
  { method: "GET", path: "/api/webhooks", tag: "Notifications", summary: "The webhooks told of every change" },
  {
    method: "POST",
    path: "/api/webhooks",
    tag: "Notifications",
    summary: "Add a webhook",
    body: webhookSchema,
    example: {
      url: "https://receiver.force.example/estate",
      secret: "a-shared-secret-of-32-characters",
      events: ["posture.changed"],
    },
    status: 201,
  },
  {
    method: "DELETE",
    path: "/api/webhooks/{id}",
    tag: "Notifications",
    summary: "Remove a webhook",
    produces: "none",
    status: 204,
  },

  {
    method: "GET",
    path: "/api/alarms",
    tag: "Alarms",
    summary: "Alarm requests the caller may see, facts only",
    scope: "alarms:read",
    query: listAlarmsSchema,
  },
  {
    method: "POST",
    path: "/api/alarms",
    tag: "Alarms",
    summary: "Request an alarm",
    body: alarmRequestSchema,
    example: ALARM_REQUEST_EXAMPLE,
    status: 201,
  },
  {
    method: "GET",
    path: "/api/alarms/{id}",
    tag: "Alarms",
    summary: "One request (personal data only after a consultation)",
  },
  {
    method: "POST",
    path: "/api/alarms/{id}/transitions",
    tag: "Alarms",
    summary: "Move a request on: approve, install, review, remove…",
    body: transitionSchema,
    example: { action: "approve", note: "Risk assessed as high; MARAC heard the case" },
  },
  {
    method: "POST",
    path: "/api/alarms/{id}/consultations",
    tag: "Alarms",
    summary: "Open the personal data, with a justification (logged)",
    body: consultationSchema,
    example: { reason: "Arranging the installation visit" },
  },
  {
    method: "POST",
    path: "/api/alarms/{id}/calls",
    tag: "Alarms",
    summary: "Record an alarm call",
    body: alarmCallSchema,
    example: { occurredAt: day(-1), outcome: "GENUINE_EMERGENCY" },
    status: 201,
  },
  {
    method: "POST",
    path: "/api/alarms/{id}/disclosures",
    tag: "Alarms",
    summary: "Record a disclosure of personal data",
    body: disclosureSchema,
    example: {
      recipient: "DS Jo Bloggs",
      organisation: "Neighbouring force",
      lawfulBasis: "DPA 2018 s31, prevention of crime",
      details: "Address and hazards, by secure email",
      disclosedAt: day(-2),
    },
    status: 201,
  },
  {
    method: "POST",
    path: "/api/alarms/{id}/record-reviews",
    tag: "Alarms",
    summary: "Review a closed record: retain or dispose",
    body: recordReviewSchema,
    example: { decision: "DISPOSE", reason: "No longer needed for a policing purpose" },
  },
  {
    method: "GET",
    path: "/api/alarms/record-reviews",
    tag: "Alarms",
    summary: "Records due for review",
    query: pageSchema,
  },
  {
    method: "GET",
    path: "/api/alarms/address-check",
    tag: "Alarms",
    summary: "Whether an address has a live alarm",
    query: addressCheckSchema,
  },
  {
    method: "GET",
    path: "/api/alarms/hazards",
    tag: "Alarms",
    summary: "Hazard markers at an address (each read logged)",
    scope: "hazards:read",
    query: hazardSearchSchema,
  },
  {
    method: "POST",
    path: "/api/alarms/hazards",
    tag: "Alarms",
    summary: "Hazard markers, with the address in the body",
    body: hazardSearchSchema,
    example: { q: "KB1 9ZZ" },
  },
  {
    method: "POST",
    path: "/api/alarms/lookup",
    tag: "Alarms",
    summary: "The control room's call-time lookup (logged)",
    body: callLookupSchema,
    example: { q: "07700 900123" },
  },
  {
    method: "GET",
    path: "/api/alarms/reports",
    tag: "Alarms",
    summary: "Alarm reports (JSON, or CSV with format=csv)",
    query: formatCsv,
  },
  {
    method: "GET",
    path: "/api/alarm-units",
    tag: "Alarm units",
    summary: "The alarm store, a page at a time",
    query: listUnitsSchema,
  },
  {
    method: "POST",
    path: "/api/alarm-units",
    tag: "Alarm units",
    summary: "Add a unit to the store",
    body: alarmUnitSchema,
    example: { assetTag: "PA-0123", type: "PERSONAL_ATTACK" },
    status: 201,
  },
  {
    method: "POST",
    path: "/api/alarm-units/{id}/moves",
    tag: "Alarm units",
    summary: "Move a unit (to repair, written off…)",
    body: unitMoveSchema,
    example: { to: "IN_REPAIR", note: "Battery fault found on test" },
  },
  { method: "GET", path: "/api/stocktakes", tag: "Alarm units", summary: "Stocktakes of the store" },
  { method: "POST", path: "/api/stocktakes", tag: "Alarm units", summary: "Start a stocktake", status: 201 },
  { method: "GET", path: "/api/stocktakes/{id}", tag: "Alarm units", summary: "One stocktake" },
  {
    method: "POST",
    path: "/api/stocktakes/{id}/scans",
    tag: "Alarm units",
    summary: "Scan a unit's tag",
    body: assetTagSchema,
    example: { assetTag: "PA-0123" },
    status: 201,
  },
  { method: "POST", path: "/api/stocktakes/{id}/finish", tag: "Alarm units", summary: "Finish a stocktake" },

  {
    method: "GET",
    path: "/api/audit",
    tag: "Administration",
    summary: "The audit log (JSON, or CSV with format=csv)",
    query: auditFilterSchema,
  },
  {
    method: "GET",
    path: "/api/admin/users",
    tag: "Administration",
    summary: "Users, searched and paged",
    query: userFilterSchema,
  },
  {
    method: "POST",
    path: "/api/admin/users",
    tag: "Administration",
    summary: "Add a local (break-glass) user",
    body: createUserSchema,
    example: { username: "breakglass.1", displayName: "Break-glass account 1", roles: ["ADMIN"] },
    status: 201,
  },
  { method: "GET", path: "/api/admin/users/{id}", tag: "Administration", summary: "One user" },
  {
    method: "PATCH",
    path: "/api/admin/users/{id}",
    tag: "Administration",
    summary: "Edit a user: roles, sites, active…",
    body: updateUserSchema,
    example: { roles: ["STAFF", "SITE_LEAD"], homeSiteId: SITE_ID, leadSiteIds: [ID] },
  },
  {
    method: "GET",
    path: "/api/admin/sites",
    tag: "Administration",
    summary: "Sites, searched and paged",
    query: siteListSchema,
  },
  {
    method: "POST",
    path: "/api/admin/sites",
    tag: "Administration",
    summary: "Add a site: it joins the force level",
    body: siteSchema,
    example: {
      code: "CEN07",
      name: "New Street Police Station",
      type: "POLICE_STATION",
      district: "Central",
      address: "1 New Street, Kingsbridge",
    },
    status: 201,
  },
  {
    method: "PATCH",
    path: "/api/admin/sites/{id}",
    tag: "Administration",
    summary: "Edit a site, or close it with {closed: true, reason}",
    body: closeOrEdit,
    example: { closed: true, reason: "Moved into the new district headquarters" },
  },

  {
    method: "GET",
    path: "/scim/v2/ServiceProviderConfig",
    tag: "SCIM",
    summary: "What this SCIM service supports",
    auth: "scim",
    produces: "scim",
  },
  { method: "GET", path: "/scim/v2/Schemas", tag: "SCIM", summary: "The SCIM schemas", auth: "scim", produces: "scim" },
  {
    method: "GET",
    path: "/scim/v2/ResourceTypes",
    tag: "SCIM",
    summary: "The SCIM resource types",
    auth: "scim",
    produces: "scim",
  },
  {
    method: "GET",
    path: "/scim/v2/Users",
    tag: "SCIM",
    summary: 'Users: filter=userName eq "…", startIndex, count',
    auth: "scim",
    produces: "scim",
  },
  {
    method: "POST",
    path: "/scim/v2/Users",
    tag: "SCIM",
    summary: "Provision a user",
    auth: "scim",
    produces: "scim",
    body: scimUser,
    example: SCIM_USER_EXAMPLE,
    status: 201,
  },
  { method: "GET", path: "/scim/v2/Users/{id}", tag: "SCIM", summary: "One user", auth: "scim", produces: "scim" },
  {
    method: "PUT",
    path: "/scim/v2/Users/{id}",
    tag: "SCIM",
    summary: "Replace a user",
    auth: "scim",
    produces: "scim",
    body: scimUser,
    example: SCIM_USER_EXAMPLE,
  },
  {
    method: "PATCH",
    path: "/scim/v2/Users/{id}",
    tag: "SCIM",
    summary: "Change a user (replace active false disables a leaver)",
    auth: "scim",
    produces: "scim",
    body: scimPatch,
    example: {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "Replace", path: "active", value: false }],
    },
  },
  {
    method: "DELETE",
    path: "/scim/v2/Users/{id}",
    tag: "SCIM",
    summary: "Deprovision a user (the record is kept)",
    auth: "scim",
    produces: "none",
    status: 204,
  },
  {
    method: "GET",
    path: "/scim/v2/Groups",
    tag: "SCIM",
    summary: 'Groups: filter=displayName eq "…"',
    auth: "scim",
    produces: "scim",
  },
  {
    method: "POST",
    path: "/scim/v2/Groups",
    tag: "SCIM",
    summary: "Provision a group (its name may map to a role)",
    auth: "scim",
    produces: "scim",
    body: scimGroup,
    example: { displayName: "EstateSecurity.Commander", members: [{ value: ID }] },
    status: 201,
  },
  { method: "GET", path: "/scim/v2/Groups/{id}", tag: "SCIM", summary: "One group", auth: "scim", produces: "scim" },
  {
    method: "PUT",
    path: "/scim/v2/Groups/{id}",
    tag: "SCIM",
    summary: "Replace a group",
    auth: "scim",
    produces: "scim",
    body: scimGroup,
    example: { displayName: "EstateSecurity.Commander", members: [] },
  },
  {
    method: "PATCH",
    path: "/scim/v2/Groups/{id}",
    tag: "SCIM",
    summary: "Add or remove members",
    auth: "scim",
    produces: "none",
    body: scimPatch,
    example: {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "Add", path: "members", value: [{ value: ID }] }],
    },
    status: 204,
  },
  {
    method: "DELETE",
    path: "/scim/v2/Groups/{id}",
    tag: "SCIM",
    summary: "Remove a group",
    auth: "scim",
    produces: "none",
    status: 204,
  },
];
