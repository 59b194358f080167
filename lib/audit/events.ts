import { z } from "zod";
import { ChecklistStatus, ResponseLevel } from "@/lib/generated/prisma/enums";

const level = z.enum(ResponseLevel);
const status = z.enum(ChecklistStatus);

/** Every audit event type and the payload it carries. */
export const AUDIT_PAYLOADS = {
  "user.activeChanged": z.object({ username: z.string(), active: z.boolean() }),
  "user.sessionsEnded": z.object({ username: z.string(), sessions: z.number() }),
  "auth.signInFailed": z.object({ username: z.string(), address: z.string() }),
  "auth.lockedOut": z.object({ username: z.string(), address: z.string(), until: z.string() }),
  "auth.unlocked": z.object({ username: z.string() }),
  "auth.signedIn": z.object({ username: z.string(), method: z.enum(["password", "oidc"]) }),
  "user.created": z.object({
    username: z.string(),
    roles: z.array(z.string()),
    homeSite: z.string().nullable(),
    source: z.enum(["admin", "oidc", "scim"]),
  }),
  "user.updated": z.object({
    username: z.string(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    source: z.enum(["admin", "oidc", "scim"]),
  }),
  "user.passwordSet": z.object({ username: z.string(), by: z.enum(["admin", "self"]) }),
  "apiToken.created": z.object({ name: z.string(), scopes: z.array(z.string()), expiresAt: z.string() }),
  "apiToken.revoked": z.object({ name: z.string() }),
  "threat.recorded": z.object({ scope: z.string(), level: z.string(), reason: z.string(), source: z.string() }),
  "level.forceChanged": z.object({
    apiToken: z.string().optional(),
    from: level,
    to: level,
    reason: z.string(),
    sitesMoved: z.number(),
    itemsOpened: z.number(),
    reviewBy: z.string().nullable().optional(),
    review: z.literal("CHANGE").optional(),
  }),
  "site.logged": z.object({ entryId: z.string(), kind: z.enum(["EVENT", "DECISION"]), summary: z.string() }),
  "debrief.submitted": z.object({ siteId: z.string(), officerHours: z.number(), cost: z.number() }),
  "site.created": z.object({
    code: z.string(),
    name: z.string(),
    type: z.string(),
    district: z.string(),
    address: z.string(),
    level,
  }),
  "site.updated": z.record(z.string(), z.object({ from: z.string(), to: z.string() })),
  "site.closed": z.object({ code: z.string(), reason: z.string() }),
  "level.reviewMaintained": z.object({
    scope: z.enum(["FORCE", "SITE"]),
    level,
    reason: z.string(),
    reviewBy: z.string(),
  }),
  "level.overrideSet": z.object({
    apiToken: z.string().optional(),
    from: level,
    to: level,
    reason: z.string(),
    expiresAt: z.string().nullable(),
    itemsOpened: z.number(),
  }),
  "level.overrideEnded": z.object({
    apiToken: z.string().optional(),
    from: level,
    to: level,
    reason: z.string(),
    expiresAt: z.string().nullable(),
    itemsOpened: z.number(),
  }),
  "level.overrideExpired": z.object({ from: level, to: level, expiredAt: z.string() }),
  "checklist.itemChanged": z.object({
    siteId: z.string(),
    optionCode: z.string(),
    from: status,
    to: status,
    rationale: z.string().nullable(),
    assigneeId: z.string().nullable(),
    dueAt: z.string(),
    previousDueAt: z.string().optional(),
    dueChangeReason: z.string().optional(),
  }),
  "posture.acknowledged": z.object({
    siteId: z.string(),
    postureVersion: z.number(),
    level,
    method: z.enum(["APP", "IN_PERSON"]).optional(),
    forUsername: z.string().optional(),
  }),
  "policy.draftCreated": z.object({ reference: z.string(), version: z.number(), fromVersion: z.number().nullable() }),
  "policy.draftEdited": z.object({
    version: z.number(),
    optionCode: z.string(),
    change: z.enum(["added", "updated", "removed", "details"]),
  }),
  "policy.published": z.object({
    reference: z.string(),
    version: z.number(),
    options: z.number(),
    reviewDueAt: z.string(),
    approvedBy: z.string().optional(),
    added: z.array(z.string()).optional(),
    removed: z.array(z.string()).optional(),
    changed: z.array(z.string()).optional(),
    baselinesOpened: z.number().optional(),
  }),
  // Alarm events carry no personal data: the audit log cannot be erased, the request can.
  "alarm.requested": z.object({
    number: z.string(),
    reasonCategory: z.string(),
    alarmType: z.string(),
    periodDays: z.number(),
    riskGrade: z.string().optional(),
    maracHeard: z.boolean().optional(),
  }),
  "alarm.transitioned": z.object({
    number: z.string(),
    action: z.string(),
    from: z.string(),
    to: z.string(),
    unitId: z.string().nullable(),
  }),
  "alarm.personalDataAccessed": z.object({ number: z.string(), accessId: z.string(), apiToken: z.string().optional() }),
  "alarm.hazardsSearched": z.object({ numbers: z.array(z.string()), apiToken: z.string().optional() }),
  "alarm.personalDataErased": z.object({ number: z.string(), closedAt: z.string().nullable().optional() }),
  "alarm.personalDataDisclosed": z.object({ number: z.string(), disclosureId: z.string(), organisation: z.string() }),
  "alarm.recordReviewed": z.object({
    number: z.string(),
    decision: z.enum(["RETAIN", "DISPOSE"]),
    nextReviewAt: z.string().nullable(),
  }),
  "alarm.callRecorded": z.object({ number: z.string(), outcome: z.string() }),
  "unit.added": z.object({ assetTag: z.string(), type: z.string() }),
  "unit.moved": z.object({
    assetTag: z.string(),
    kind: z.string(),
    requestNumber: z.string().nullable(),
    status: z.string(),
  }),
  "stocktake.started": z.object({}),
  "stocktake.finished": z.object({
    found: z.number(),
    missing: z.array(z.string()),
    unexpected: z.array(z.string()),
  }),
} as const;

export type AuditEventType = keyof typeof AUDIT_PAYLOADS;
export type AuditPayload<T extends AuditEventType> = z.infer<(typeof AUDIT_PAYLOADS)[T]>;

export type AuditEventInput<T extends AuditEventType> = {
  type: T;
  actorId: string | null;
  entityType: string;
  entityId: string;
  payload: AuditPayload<T>;
};
