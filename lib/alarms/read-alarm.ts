import "server-only";
import { alarmScope, personalViewOf, type PersonalView } from "@/lib/alarms/access";
import { justificationSchema } from "@/lib/alarms/schemas";
import { availableActions, type AlarmStatus } from "@/lib/alarms/transitions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";

const FACTS = {
  id: true, number: true, status: true, district: true, reasonCategory: true, alarmType: true, periodDays: true, estimatedCost: true,
  requestedAt: true, decidedAt: true, installedAt: true, tested: true, reviewDueAt: true, removedAt: true, closedAt: true, erasedAt: true,
  requestedById: true, requestedBy: { select: { displayName: true } }, unit: { select: { id: true, assetTag: true, type: true, status: true } },
} as const;

const INSTALLER_FIELDS = ["addressLine1", "addressLine2", "town", "postcode", "personName", "contactPhone", "contactNotes", "controlRoomRef"] as const;
const ALL_FIELDS = [...INSTALLER_FIELDS, "riskSummary", "hazards", "crimeReference"] as const;

type PersonalData = Partial<Record<(typeof ALL_FIELDS)[number], string | null>>;

/**
 * One request, as this user may see it. Someone other than the requester opens the personal data
 * only by giving a justification, which is logged with who, when and which record (DPA 2018 s62).
 */
export async function readAlarmRequest(user: CurrentUser, id: string, justification?: string | null) {
  const request = await db.alarmRequest.findFirst({ where: { AND: [{ id }, alarmScope(user)] }, select: { ...FACTS, ...selectFields(ALL_FIELDS) } });
  if (!request) throw new AppError("NOT_FOUND", "There is no alarm request here that you may see.");
  const view = request.erasedAt ? null : personalViewOf(user, request);
  const isRequester = request.requestedById === user.id;
  const needsJustification = view !== null && !isRequester;
  let personal: PersonalData | null = null;
  if (view && (!needsJustification || justification)) {
    if (needsJustification) await logAccess(user, request, parseInput(justificationSchema, justification));
    personal = pick(request, view);
  }
  const [transitions, activations, accessLog] = await Promise.all([
    db.alarmTransition.findMany({
      where: { requestId: id },
      orderBy: { occurredAt: "asc" },
      select: { id: true, action: true, fromStatus: true, toStatus: true, note: true, occurredAt: true, actor: { select: { displayName: true } } },
    }),
    db.alarmActivation.findMany({ where: { requestId: id }, orderBy: { occurredAt: "desc" }, select: { id: true, occurredAt: true, outcome: true, recordedBy: { select: { displayName: true } } } }),
    can(user.roles, "alarm.accessLog.view")
      ? db.alarmAccess.findMany({ where: { requestId: id }, orderBy: { accessedAt: "desc" }, select: { id: true, accessedAt: true, justification: true, user: { select: { displayName: true, username: true } } } })
      : Promise.resolve(null),
  ]);
  const facts = Object.fromEntries(Object.entries(request).filter(([key]) => !(ALL_FIELDS as readonly string[]).includes(key))) as Omit<typeof request, (typeof ALL_FIELDS)[number]>;
  return {
    ...facts,
    personal,
    personalView: view,
    requiresJustification: needsJustification && personal === null,
    // Notes may name people: they travel with the personal data.
    transitions: transitions.map((transition) => ({ ...transition, note: personal ? transition.note : null })),
    activations,
    accessLog,
    actions: availableActions(request.status as AlarmStatus, { roles: user.roles, isRequester }),
  };
}

export type AlarmDetail = Awaited<ReturnType<typeof readAlarmRequest>>;

function selectFields<T extends readonly string[]>(fields: T) {
  return Object.fromEntries(fields.map((field) => [field, true])) as Record<T[number], true>;
}

function pick(request: PersonalData, view: PersonalView): PersonalData {
  const fields = view === "full" ? ALL_FIELDS : INSTALLER_FIELDS;
  return Object.fromEntries(fields.map((field) => [field, request[field] ?? null]));
}

async function logAccess(user: CurrentUser, request: { id: string; number: string }, justification: string) {
  await db.$transaction(async (tx) => {
    const access = await tx.alarmAccess.create({ data: { requestId: request.id, userId: user.id, justification }, select: { id: true } });
    await recordAuditEvent(tx, {
      type: "alarm.personalDataAccessed", actorId: user.id, entityType: "AlarmRequest", entityId: request.id,
      payload: { number: request.number, accessId: access.id },
    });
  });
}
