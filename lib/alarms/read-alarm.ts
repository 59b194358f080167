import "server-only";
import { alarmScope, NOT_VISIBLE, personalViewOf } from "@/lib/alarms/access";
import { consultationsOf, logPersonalDataAccess } from "@/lib/alarms/access-log";
import { FACT_SELECT, personalColumnsFor, selectColumns, type PersonalColumn } from "@/lib/alarms/columns";
import { summariseEvidence } from "@/lib/alarms/review-evidence";
import { consultationSchema } from "@/lib/alarms/schemas";
import { availableActions, isLive } from "@/lib/alarms/transitions";
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

/** The notes an installer needs: why a removal was ordered. Decision notes are not theirs to read. */
const INSTALLER_NOTE_ACTIONS = ["order-removal", "install", "remove"];
/** What the requester's own reading is logged as (DPA 2018 s62 logs every consultation). */
export const OWN_READ = "Requester reading their own request";

type PersonalData = Partial<Record<PersonalColumn, string | null>>;

/**
 * One request, as this user may see it: facts only, never personal data (notes may name people,
 * so they travel with the personal data). Personal data is opened by `consultPersonalData`.
 */
export async function readAlarmRequest(user: CurrentUser, id: string, now = new Date()) {
  const scope = alarmScope(user);
  uuidOrNotFound(id, NOT_VISIBLE);
  const request = await db.alarmRequest.findFirst({ where: { AND: [{ id }, scope] }, select: FACTS });
  if (!request) throw new AppError("NOT_FOUND", NOT_VISIBLE);
  const view = request.erasedAt ? null : personalViewOf(user, request);
  const isRequester = request.requestedById === user.id;
  const seesAccessLog = can(user.roles, "alarm.accessLog.view");
  const [transitions, calls, accessLog, disclosures, recordReviews] = await Promise.all([
    db.alarmTransition.findMany({
      where: { requestId: id },
      orderBy: { occurredAt: "asc" },
      select: {
        id: true,
        action: true,
        fromStatus: true,
        toStatus: true,
        occurredAt: true,
        evidence: true,
        actor: { select: { displayName: true } },
      },
    }),
    db.alarmCall.findMany({
      where: { requestId: id },
      orderBy: { occurredAt: "desc" },
      select: { id: true, occurredAt: true, outcome: true, recordedBy: { select: { displayName: true } } },
    }),
    seesAccessLog
      ? db.alarmAccess.findMany({
          where: consultationsOf(id),
          orderBy: { accessedAt: "desc" },
          take: 200,
          select: {
            id: true,
            accessedAt: true,
            justification: true,
            searchTerm: true,
            user: { select: { displayName: true, username: true } },
            apiToken: { select: { name: true } },
          },
        })
      : Promise.resolve(null),
    seesAccessLog || view === "full"
      ? db.alarmDisclosure.findMany({
          where: { requestId: id },
          orderBy: { disclosedAt: "desc" },
          select: {
            id: true,
            recipient: true,
            organisation: true,
            lawfulBasis: true,
            details: true,
            disclosedAt: true,
            recordedBy: { select: { displayName: true } },
          },
        })
      : Promise.resolve(null),
    db.alarmRecordReview.findMany({
      where: { requestId: id },
      orderBy: { decidedAt: "desc" },
      select: {
        id: true,
        decision: true,
        reason: true,
        nextReviewAt: true,
        decidedAt: true,
        decidedBy: { select: { displayName: true } },
      },
    }),
  ]);
  const live = isLive(request);
  return {
    ...request,
    live,
    personalView: view,
    requiresJustification: view !== null && !isRequester,
    mayRecordDisclosure: view === "full",
    transitions,
    calls,
    evidence: summariseEvidence(calls, now),
    accessLog,
    disclosures,
    recordReviews,
    actions: availableActions({ status: request.status, live }, { roles: user.roles, isRequester }),
  };
}

export type AlarmDetail = Awaited<ReturnType<typeof readAlarmRequest>>;

export type Consultation = {
  personal: PersonalData;
  notes: { transitionId: string; action: string; occurredAt: Date; note: string }[];
};

/**
 * Opens a request's personal data (`POST /api/alarms/{id}/consultations`), the fields this user's
 * view allows. Every reading is logged with who, when and which record (DPA 2018 s62): anyone but
 * the requester gives a justification. A POST, so the reason never sits in a URL or a server log.
 */
export async function consultPersonalData(user: CurrentUser, id: string, input: unknown): Promise<Consultation> {
  const scope = alarmScope(user);
  uuidField(id, "requestId", "Choose an alarm request");
  const request = await db.alarmRequest.findFirst({
    where: { AND: [{ id }, scope] },
    select: {
      id: true,
      number: true,
      status: true,
      requestedById: true,
      liveConfirmedAt: true,
      erasedAt: true,
      ...selectColumns(personalColumnsFor("full")),
    },
  });
  if (!request) throw new AppError("NOT_FOUND", NOT_VISIBLE);
  if (request.erasedAt)
    throw new AppError("CONFLICT", "The personal data of this request was disposed of after its records review.");
  const view = personalViewOf(user, request);
  if (!view) throw new AppError("FORBIDDEN", "You may not open the personal data of this request.");
  const isRequester = request.requestedById === user.id;
  const reason = isRequester ? OWN_READ : parseInput(consultationSchema, input).reason;
  const transitions = await db.alarmTransition.findMany({
    where: {
      requestId: id,
      note: { not: null },
      ...(view !== "full" && { action: { in: INSTALLER_NOTE_ACTIONS } }),
    },
    orderBy: { occurredAt: "asc" },
    select: { id: true, note: true, action: true, occurredAt: true },
  });
  await db.$transaction((tx) => logPersonalDataAccess(tx, user, request, reason));
  return {
    personal: Object.fromEntries(personalColumnsFor(view).map((column) => [column, request[column] ?? null])),
    notes: transitions.map(({ id: transitionId, action, occurredAt, note }) => ({
      transitionId,
      action,
      occurredAt,
      note: note ?? "",
    })),
  };
}
