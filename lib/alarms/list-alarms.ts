import "server-only";
import { alarmScope } from "@/lib/alarms/access";
import { FACT_SELECT } from "@/lib/alarms/columns";
import { listAlarmsSchema, queuePagesSchema } from "@/lib/alarms/schemas";
import { can, type Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseSort, type Query, type Sort } from "@/lib/sorting";
import { UNCONFIRMED_FIT_HOURS } from "@/lib/alarms/config";
import { FITTED_STATUSES, isLive } from "@/lib/alarms/transitions";
import { DAY, HOUR } from "@/lib/time";

/** Where the request is, for the lists whose work needs it: the requester's own, the installer's rounds. */
const LOCATION_SELECT = { addressLine1: true, town: true, postcode: true } as const;
type Location = Partial<Prisma.AlarmRequestGetPayload<{ select: typeof LOCATION_SELECT }>>;

/** A request as lists show it: facts, where the work needs it the location, and whether it is live. */
export type AlarmSummary = Prisma.AlarmRequestGetPayload<{ select: typeof FACT_SELECT }> & Location & { live: boolean };
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

type Where = Prisma.AlarmRequestWhereInput;
type Order = Prisma.AlarmRequestOrderByWithRelationInput[];

const OLDEST_FIRST: Order = [{ requestedAt: "asc" }, { id: "asc" }];
/** Fitted, and not yet confirmed by the control room: not protecting anyone yet. */
const AWAITING_LIVE: Where = { status: "INSTALLED", liveConfirmedAt: null };
export const QUEUE_PAGE_SIZE = 25;
const REVIEW_NOTICE_DAYS = 7;

type Queue = {
  permission: Permission;
  where: (user: CurrentUser, now: Date) => Where;
  orderBy: Order;
  /** The personal columns the queue's work needs: never more than the user's view of those requests allows. */
  location?: Partial<typeof LOCATION_SELECT>;
};

/**
 * The queues each role works from, each its own query in the database, sorted as the work is
 * done: decisions and fits oldest first, reviews by due date, the officer's own newest first.
 * The officer sees where their own requests are; installers the town and postcode, to plan rounds.
 */
const QUEUES = {
  own: {
    permission: "alarm.view.own",
    where: (user) => ({ requestedById: user.id }),
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    location: LOCATION_SELECT,
  },
  awaitingDecision: { permission: "alarm.decide", where: () => ({ status: "REQUESTED" }), orderBy: OLDEST_FIRST },
  attention: {
    permission: "alarm.decide",
    where: () => ({ status: { in: [...FITTED_STATUSES] }, attentionSince: { not: null } }),
    orderBy: [{ attentionSince: "asc" }, { id: "asc" }],
  },
  reviewNow: {
    permission: "alarm.decide",
    where: () => ({ status: "INSTALLED", reviewNowSince: { not: null } }),
    orderBy: [{ reviewNowSince: "asc" }, { id: "asc" }],
  },
  reviewsDue: {
    permission: "alarm.decide",
    where: (_user, now) => ({ status: "INSTALLED", reviewDueAt: { lte: reviewNoticeFrom(now) } }),
    orderBy: [{ reviewDueAt: "asc" }, { id: "asc" }],
  },
  toInstall: {
    permission: "alarm.install",
    where: () => ({ status: "APPROVED" }),
    orderBy: OLDEST_FIRST,
    location: { town: true, postcode: true },
  },
  toRemove: {
    permission: "alarm.remove",
    where: () => ({ status: "REMOVAL_ORDERED" }),
    orderBy: OLDEST_FIRST,
    location: { town: true, postcode: true },
  },
  toClose: { permission: "alarm.decide", where: () => ({ status: "REMOVED" }), orderBy: OLDEST_FIRST },
  awaitingLive: {
    permission: "alarm.view.live",
    where: () => AWAITING_LIVE,
    orderBy: [{ installedAt: "asc" }, { id: "asc" }],
    location: { town: true, postcode: true },
  },
  fittedNotLive: {
    permission: "alarm.install",
    where: () => AWAITING_LIVE,
    orderBy: [{ installedAt: "asc" }, { id: "asc" }],
    location: { town: true, postcode: true },
  },
} satisfies Record<string, Queue>;

export type QueueName = keyof typeof QUEUES;

/** The columns a queue sorts by, through the address (`?toInstallSort=postcode&toInstallOrder=asc`). */
export const ALARM_SORT_KEYS = [
  "number",
  "status",
  "reason",
  "alarm",
  "district",
  "requested",
  "reviewDue",
  "town",
  "postcode",
  "address",
  "installed",
] as const;
export type AlarmSortKey = (typeof ALARM_SORT_KEYS)[number];

const SORT_COLUMN: Record<AlarmSortKey, keyof Prisma.AlarmRequestOrderByWithRelationInput> = {
  number: "number",
  status: "status",
  reason: "reasonCategory",
  alarm: "alarmType",
  district: "district",
  requested: "requestedAt",
  reviewDue: "reviewDueAt",
  town: "town",
  postcode: "postcode",
  address: "addressLine1",
  installed: "installedAt",
};

function orderOf(queue: Queue, sort: Sort<AlarmSortKey> | undefined): Order {
  if (!sort) return queue.orderBy;
  return [{ [SORT_COLUMN[sort.key]]: sort.direction }, ...queue.orderBy];
}

const reviewNoticeFrom = (now: Date) => new Date(now.getTime() + REVIEW_NOTICE_DAYS * DAY);

async function pageOf(
  where: Where,
  orderBy: Order,
  page: number,
  pageSize: number,
  location: Queue["location"] = {},
): Promise<Page<AlarmSummary>> {
  const select = { ...FACT_SELECT, ...location };
  const [rows, total] = await Promise.all([
    db.alarmRequest.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select }),
    db.alarmRequest.count({ where }),
  ]);
  return { items: rows.map((row) => ({ ...row, live: isLive(row) })), page, pageSize, total };
}

/** `GET /api/alarms?status=&page=&pageSize=`: the requests the caller may know of, oldest first. Facts only. */
export async function listAlarmRequests(user: CurrentUser, input: unknown = {}): Promise<Page<AlarmSummary>> {
  const scope = alarmScope(user);
  const { status, page, pageSize } = parseInput(listAlarmsSchema, input);
  return pageOf({ AND: [scope, status ? { status } : {}] }, OLDEST_FIRST, page, pageSize);
}

/** Every request's facts (an API token with alarms:read): never a name, an address or a contact. */
export async function listAlarmFactsForSystem(input: unknown = {}): Promise<Page<AlarmSummary>> {
  const { status, page, pageSize } = parseInput(listAlarmsSchema, input);
  return pageOf(status ? { status } : {}, OLDEST_FIRST, page, pageSize);
}

export type QueuePage = Page<AlarmSummary> & { sort?: Sort<AlarmSortKey> };

/**
 * One page of each queue the user works, from the address: `?own=2` asks for the second page of
 * "My requests", `?ownStatus=INSTALLED` filters it, `?ownSort=address&ownOrder=asc` sorts it.
 */
export async function readAlarmQueues(
  user: CurrentUser,
  query: Query = {},
  now = new Date(),
): Promise<Partial<Record<QueueName, QueuePage>>> {
  const scope = alarmScope(user);
  const wanted = parseInput(queuePagesSchema, query);
  const mine = (Object.keys(QUEUES) as QueueName[]).filter((name) => can(user.roles, QUEUES[name].permission));
  const read = await Promise.all(
    mine.map(async (name) => {
      const queue: Queue = QUEUES[name];
      const sort = parseSortOrNone(query, name);
      const status = name === "own" && wanted.ownStatus ? { status: wanted.ownStatus } : {};
      const where = { AND: [scope, queue.where(user, now), status] };
      const page = await pageOf(where, orderOf(queue, sort), wanted[name], QUEUE_PAGE_SIZE, queue.location);
      return [name, { ...page, sort }] as const;
    }),
  );
  return Object.fromEntries(read);
}

const UNSORTED = { key: "none", direction: "asc" } as const;

function parseSortOrNone(query: Query, prefix: string): Sort<AlarmSortKey> | undefined {
  const sort = parseSort<AlarmSortKey | "none">(query, ALARM_SORT_KEYS, UNSORTED, prefix);
  return sort.key === "none" ? undefined : (sort as Sort<AlarmSortKey>);
}

/**
 * The number in the navigation: work waiting for this user — decisions, reviews and closures for
 * an approver, fits and removals for an installer. An officer's own requests wait on others, not
 * on them, so they are not counted; for the control room, the fits to confirm. One query.
 */
export async function countAlarmWork(user: CurrentUser, now = new Date()): Promise<number | null> {
  const decides = can(user.roles, "alarm.decide");
  const fits = can(user.roles, "alarm.install") || can(user.roles, "alarm.remove");
  const confirms = can(user.roles, "alarm.confirmLive");
  if (!decides && !fits && !confirms) return null;
  const waiting: Where[] = [
    ...(decides
      ? [QUEUES.awaitingDecision, QUEUES.reviewsDue, QUEUES.toClose, QUEUES.attention, QUEUES.reviewNow].map((queue) =>
          queue.where(user, now),
        )
      : []),
    ...(fits ? [QUEUES.toInstall.where(), QUEUES.toRemove.where()] : []),
    ...(confirms ? [AWAITING_LIVE] : []),
  ];
  return db.alarmRequest.count({ where: { OR: waiting } });
}

/** A fit the control room has not confirmed for longer than policy allows: flagged in both queues. */
export const isLateFit = (request: { installedAt: Date | null; liveConfirmedAt: Date | null }, now: Date) =>
  request.liveConfirmedAt === null &&
  request.installedAt !== null &&
  now.getTime() - request.installedAt.getTime() > UNCONFIRMED_FIT_HOURS * HOUR;
