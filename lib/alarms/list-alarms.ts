import "server-only";
import { alarmScope } from "@/lib/alarms/access";
import { FACT_SELECT } from "@/lib/alarms/columns";
import { listAlarmsSchema, queuePagesSchema } from "@/lib/alarms/schemas";
import { can, type Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY } from "@/lib/time";

export type AlarmSummary = Prisma.AlarmRequestGetPayload<{ select: typeof FACT_SELECT }>;
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

type Where = Prisma.AlarmRequestWhereInput;
type Order = Prisma.AlarmRequestOrderByWithRelationInput[];

const OLDEST_FIRST: Order = [{ requestedAt: "asc" }, { id: "asc" }];
export const QUEUE_PAGE_SIZE = 25;
const REVIEW_NOTICE_DAYS = 7;

/**
 * The queues each role works from, each its own query in the database, sorted as the work is
 * done: decisions and fits oldest first, reviews by due date, the officer's own newest first.
 */
const QUEUES = {
  own: {
    permission: "alarm.view.own",
    where: (user) => ({ requestedById: user.id }),
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
  },
  awaitingDecision: { permission: "alarm.decide", where: () => ({ status: "REQUESTED" }), orderBy: OLDEST_FIRST },
  reviewsDue: {
    permission: "alarm.decide",
    where: (_user, now) => ({ status: "INSTALLED", reviewDueAt: { lte: reviewNoticeFrom(now) } }),
    orderBy: [{ reviewDueAt: "asc" }, { id: "asc" }],
  },
  toInstall: { permission: "alarm.install", where: () => ({ status: "APPROVED" }), orderBy: OLDEST_FIRST },
  toRemove: { permission: "alarm.remove", where: () => ({ status: "REMOVAL_ORDERED" }), orderBy: OLDEST_FIRST },
  toClose: { permission: "alarm.decide", where: () => ({ status: "REMOVED" }), orderBy: OLDEST_FIRST },
} satisfies Record<string, { permission: Permission; where: (user: CurrentUser, now: Date) => Where; orderBy: Order }>;

export type QueueName = keyof typeof QUEUES;

const reviewNoticeFrom = (now: Date) => new Date(now.getTime() + REVIEW_NOTICE_DAYS * DAY);

async function pageOf(where: Where, orderBy: Order, page: number, pageSize: number): Promise<Page<AlarmSummary>> {
  const [items, total] = await Promise.all([
    db.alarmRequest.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select: FACT_SELECT }),
    db.alarmRequest.count({ where }),
  ]);
  return { items, page, pageSize, total };
}

/** `GET /api/alarms?status=&page=&pageSize=`: the requests the caller may know of, oldest first. Facts only. */
export async function listAlarmRequests(user: CurrentUser, input: unknown = {}): Promise<Page<AlarmSummary>> {
  const scope = alarmScope(user);
  const { status, page, pageSize } = parseInput(listAlarmsSchema, input);
  return pageOf({ AND: [scope, status ? { status } : {}] }, OLDEST_FIRST, page, pageSize);
}

/** One page of each queue the user works (`?own=2` asks for the second page of "My requests"). */
export async function readAlarmQueues(
  user: CurrentUser,
  pages: unknown = {},
  now = new Date(),
): Promise<Partial<Record<QueueName, Page<AlarmSummary>>>> {
  const scope = alarmScope(user);
  const wanted = parseInput(queuePagesSchema, pages);
  const mine = (Object.keys(QUEUES) as QueueName[]).filter((name) => can(user.roles, QUEUES[name].permission));
  const read = await Promise.all(
    mine.map(async (name) => {
      const queue = QUEUES[name];
      const where = { AND: [scope, queue.where(user, now)] };
      return [name, await pageOf(where, queue.orderBy, wanted[name], QUEUE_PAGE_SIZE)] as const;
    }),
  );
  return Object.fromEntries(read);
}

/**
 * The number in the navigation: work waiting for this user — decisions, reviews and closures for
 * an approver, fits and removals for an installer. An officer's own requests wait on others, not
 * on them, so they are not counted. One query.
 */
export async function countAlarmWork(user: CurrentUser, now = new Date()): Promise<number | null> {
  const decides = can(user.roles, "alarm.decide");
  const fits = can(user.roles, "alarm.install") || can(user.roles, "alarm.remove");
  if (!decides && !fits) return null;
  const waiting: Where[] = [
    ...(decides
      ? [QUEUES.awaitingDecision, QUEUES.reviewsDue, QUEUES.toClose].map((queue) => queue.where(user, now))
      : []),
    ...(fits ? [QUEUES.toInstall.where(), QUEUES.toRemove.where()] : []),
  ];
  return db.alarmRequest.count({ where: { OR: waiting } });
}
