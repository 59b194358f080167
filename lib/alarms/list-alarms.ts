import "server-only";
import { alarmScope } from "@/lib/alarms/access";
import { FACT_SELECT } from "@/lib/alarms/columns";
import { listAlarmsSchema } from "@/lib/alarms/schemas";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { DAY } from "@/lib/time";

/** Facts only: a list never carries personal data. */
const SUMMARY = FACT_SELECT;

export async function listAlarmRequests(user: CurrentUser, input: unknown = {}) {
  const { status } = parseInput(listAlarmsSchema, input);
  return db.alarmRequest.findMany({
    where: { AND: [alarmScope(user), status ? { status } : {}] },
    orderBy: { requestedAt: "asc" },
    take: 500,
    select: SUMMARY,
  });
}

export type AlarmSummary = Awaited<ReturnType<typeof listAlarmRequests>>[number];

/** The queues each role works from, oldest first. */
export async function readAlarmQueues(user: CurrentUser, now = new Date()) {
  const all = await listAlarmRequests(user);
  const inSevenDays = new Date(now.getTime() + 7 * DAY);
  return {
    own: can(user.roles, "alarm.view.own") ? all.filter((request) => request.requestedById === user.id).reverse() : [],
    awaitingDecision: can(user.roles, "alarm.decide") ? all.filter((request) => request.status === "REQUESTED") : [],
    reviewsDue: can(user.roles, "alarm.decide")
      ? all
          .filter(
            (request) => request.status === "INSTALLED" && request.reviewDueAt && request.reviewDueAt <= inSevenDays,
          )
          .sort((a, b) => a.reviewDueAt!.getTime() - b.reviewDueAt!.getTime())
      : [],
    toInstall: can(user.roles, "alarm.install") ? all.filter((request) => request.status === "APPROVED") : [],
    toRemove: can(user.roles, "alarm.remove") ? all.filter((request) => request.status === "REMOVAL_ORDERED") : [],
    toClose: can(user.roles, "alarm.decide") ? all.filter((request) => request.status === "REMOVED") : [],
  };
}

/** The number in the navigation: what is waiting for this user. One grouped query. */
export async function countAlarmWork(user: CurrentUser, now = new Date()): Promise<number | null> {
  const decides = can(user.roles, "alarm.decide");
  const fits = can(user.roles, "alarm.install") || can(user.roles, "alarm.remove");
  const requests = can(user.roles, "alarm.request");
  if (!decides && !fits && !requests) return null;
  const inSevenDays = new Date(now.getTime() + 7 * DAY);
  const or = [
    ...(decides
      ? [
          { status: "REQUESTED" as const },
          { status: "REMOVED" as const },
          { status: "INSTALLED" as const, reviewDueAt: { lte: inSevenDays } },
        ]
      : []),
    ...(fits ? [{ status: { in: ["APPROVED" as const, "REMOVAL_ORDERED" as const] } }] : []),
    ...(requests && !decides
      ? [{ requestedById: user.id, status: { in: ["REQUESTED" as const, "APPROVED" as const] } }]
      : []),
  ];
  return db.alarmRequest.count({ where: { OR: or } });
}
