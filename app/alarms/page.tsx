import type { Metadata } from "next";
import Link from "next/link";
import { AlarmTable } from "@/app/alarms/alarm-table";
import { buttonClass } from "@/components/form-controls";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { readAlarmQueues, type QueueName } from "@/lib/alarms/list-alarms";
import { DoneMessage } from "@/app/alarms/done-message";
import { doneAction } from "@/lib/alarms/labels";

export const metadata: Metadata = { title: "Alarms" };

/** The queues in the order a role works them; each shows only to those who work it. */
const QUEUE_TITLES: [QueueName, string, string][] = [
  ["awaitingLive", "Fitted, awaiting your confirmation that they are live", "No fits are waiting for confirmation."],
  ["attention", "Needs attention: unit reported lost", "No alarm has lost its unit."],
  ["reviewNow", "Review now: a genuine call, or three false calls in 12 months", "No alarm needs an early review."],
  ["awaitingDecision", "Awaiting a decision", "No requests are waiting for a decision."],
  ["reviewsDue", "Reviews due in 7 days or overdue", "No reviews are due."],
  ["toClose", "Removed, to close", "Nothing to close."],
  ["toInstall", "To install", "Nothing to install."],
  ["toRemove", "To remove", "Nothing to remove."],
  ["fittedNotLive", "Fitted, not yet confirmed live by the control room", "Every fit has been confirmed live."],
  ["own", "My requests", "You have not requested any alarms."],
];

/** Queues that only exist when something has gone wrong or waits: shown only when they hold something. */
const EXCEPTIONAL: QueueName[] = ["attention", "reviewNow", "fittedNotLive"];

export default async function AlarmsPage({ searchParams }: PageProps<"/alarms">) {
  const user = await requirePageUser();
  const query = await searchParams;
  const done = doneAction(query.done);
  const number = [query.number].flat()[0];
  const queues = await readForPage(() => readAlarmQueues(user, query));
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Temporary alarms</h1>
        {can(user.roles, "alarm.request") && (
          <Link href="/alarms/new" className={buttonClass}>
            Request an alarm
          </Link>
        )}
      </div>
      {done && <DoneMessage action={done} number={number} />}
      {QUEUE_TITLES.map(([name, title, empty]) => {
        const page = queues[name];
        if (!page || (EXCEPTIONAL.includes(name) && page.total === 0 && page.page === 1)) return null;
        return <AlarmTable key={name} queue={name} title={title} page={page} empty={empty} query={query} />;
      })}
    </div>
  );
}
