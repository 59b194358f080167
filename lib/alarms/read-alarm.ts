import "server-only";
import { alarmScope, NOT_VISIBLE, personalViewOf, type PersonalView } from "@/lib/alarms/access";
import { logPersonalDataAccess } from "@/lib/alarms/access-log";
import { FACT_SELECT } from "@/lib/alarms/columns";
import { consultationSchema } from "@/lib/alarms/schemas";
import { availableActions } from "@/lib/alarms/transitions";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidField, uuidOrNotFound } from "@/lib/http/params";

const FACTS = {
  ...FACT_SELECT,
  requestedBy: { select: { displayName: true } },
  unit: { select: { id: true, assetTag: true, type: true, status: true } },
} as const;

const INSTALLER_FIELDS = [
  "addressLine1",
  "addressLine2",
  "town",
  "postcode",
  "personName",
  "contactPhone",
  "contactNotes",
  "controlRoomRef",
] as const;
const ALL_FIELDS = [...INSTALLER_FIELDS, "riskSummary", "hazards", "crimeReference"] as const;
/** The notes an installer needs: why a removal was ordered. Decision notes are not theirs to read. */
const INSTALLER_NOTE_ACTIONS = ["order-removal", "install", "remove"];

type PersonalData = Partial<Record<(typeof ALL_FIELDS)[number], string | null>>;

/**
 * One request, as this user may see it: facts only, never personal data (notes may name people,
 * so they travel with the personal data). Personal data is opened by `consultPersonalData`.
 */
export async function readAlarmRequest(user: CurrentUser, id: string) {
  const scope = alarmScope(user);
  uuidOrNotFound(id, NOT_VISIBLE);
  const request = await db.alarmRequest.findFirst({ where: { AND: [{ id }, scope] }, select: FACTS });
  if (!request) throw new AppError("NOT_FOUND", NOT_VISIBLE);
  const view = request.erasedAt ? null : personalViewOf(user, request);
  const isRequester = request.requestedById === user.id;
  const [transitions, calls, accessLog] = await Promise.all([
    db.alarmTransition.findMany({
      where: { requestId: id },
      orderBy: { occurredAt: "asc" },
      select: {
        id: true,
        action: true,
        fromStatus: true,
        toStatus: true,
        occurredAt: true,
        actor: { select: { displayName: true } },
      },
    }),
    db.alarmCall.findMany({
      where: { requestId: id },
      orderBy: { occurredAt: "desc" },
      select: { id: true, occurredAt: true, outcome: true, recordedBy: { select: { displayName: true } } },
    }),
    can(user.roles, "alarm.accessLog.view")
      ? db.alarmAccess.findMany({
          where: { requestId: id },
          orderBy: { accessedAt: "desc" },
          select: {
            id: true,
            accessedAt: true,
            justification: true,
            user: { select: { displayName: true, username: true } },
          },
        })
      : Promise.resolve(null),
  ]);
  return {
    ...request,
    personalView: view,
    requiresJustification: view !== null && !isRequester,
    transitions,
    calls,
    accessLog,
    actions: availableActions(request.status, { roles: user.roles, isRequester }),
  };
}

export type AlarmDetail = Awaited<ReturnType<typeof readAlarmRequest>>;

export type Consultation = {
  personal: PersonalData;
  notes: { transitionId: string; action: string; occurredAt: Date; note: string }[];
};

/**
 * Opens a request's personal data (`POST /api/alarms/{id}/consultations`). Anyone but the requester
 * gives a justification, logged with who, when and which record (DPA 2018 s62). A POST, so the
 * reason never sits in a URL, a browser's history or a server log.
 */
export async function consultPersonalData(user: CurrentUser, id: string, input: unknown): Promise<Consultation> {
  const scope = alarmScope(user);
  uuidField(id, "requestId", "Choose an alarm request");
  const request = await db.alarmRequest.findFirst({
    where: { AND: [{ id }, scope] },
    select: { id: true, number: true, status: true, requestedById: true, erasedAt: true, ...selectFields(ALL_FIELDS) },
  });
  if (!request) throw new AppError("NOT_FOUND", NOT_VISIBLE);
  if (request.erasedAt)
    throw new AppError("CONFLICT", "The personal data of this request was erased under the retention policy.");
  const view = personalViewOf(user, request);
  if (!view) throw new AppError("FORBIDDEN", "You may not open the personal data of this request.");
  const isRequester = request.requestedById === user.id;
  const reason = isRequester ? null : parseInput(consultationSchema, input).reason;
  const transitions = await db.alarmTransition.findMany({
    where: {
      requestId: id,
      note: { not: null },
      ...(view === "installer" && { action: { in: INSTALLER_NOTE_ACTIONS } }),
    },
    orderBy: { occurredAt: "asc" },
    select: { id: true, note: true, action: true, occurredAt: true },
  });
  if (reason) await logAccess(user, request, reason);
  return {
    personal: pick(request, view),
    notes: transitions.map(({ id: transitionId, action, occurredAt, note }) => ({
      transitionId,
      action,
      occurredAt,
      note: note ?? "",
    })),
  };
}

function selectFields<T extends readonly string[]>(fields: T) {
  return Object.fromEntries(fields.map((field) => [field, true])) as Record<T[number], true>;
}

function pick(request: PersonalData, view: PersonalView): PersonalData {
  const fields = view === "full" ? ALL_FIELDS : INSTALLER_FIELDS;
  return Object.fromEntries(fields.map((field) => [field, request[field] ?? null]));
}

async function logAccess(user: CurrentUser, request: { id: string; number: string }, justification: string) {
  await db.$transaction((tx) => logPersonalDataAccess(tx, user, request, justification));
}
