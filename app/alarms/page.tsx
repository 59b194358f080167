import type { Metadata } from "next";
import Link from "next/link";
import { AlarmTable } from "@/app/alarms/alarm-table";
import { buttonClass } from "@/components/form-controls";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { readAlarmQueues } from "@/lib/alarms/list-alarms";
import { DoneMessage } from "@/app/alarms/done-message";
import { ACTION_LABEL } from "@/lib/alarms/labels";

export const metadata: Metadata = { title: "Alarms" };

export default async function AlarmsPage({ searchParams }: PageProps<"/alarms">) {
  const user = await requirePageUser();
  const query = (await searchParams) as { done?: string; number?: string };
  const done = ACTION_LABEL[query.done as keyof typeof ACTION_LABEL];
  const queues = await readForPage(() => readAlarmQueues(user));
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
      {done && <DoneMessage action={done} number={query.number} />}
      {can(user.roles, "alarm.decide") && (
        <>
          <AlarmTable
            title="Awaiting a decision"
            requests={queues.awaitingDecision}
            empty="No requests are waiting for a decision."
          />
          <AlarmTable
            title="Reviews due in 7 days or overdue"
            requests={queues.reviewsDue}
            empty="No reviews are due."
            showReview
          />
          <AlarmTable title="Removed, to close" requests={queues.toClose} empty="Nothing to close." />
        </>
      )}
      {can(user.roles, "alarm.install") && (
        <AlarmTable title="To install" requests={queues.toInstall} empty="Nothing to install." />
      )}
      {can(user.roles, "alarm.remove") && (
        <AlarmTable title="To remove" requests={queues.toRemove} empty="Nothing to remove." />
      )}
      {can(user.roles, "alarm.view.own") && (
        <AlarmTable
          title="My requests"
          requests={queues.own}
          empty="You have not requested any alarms."
          showReview={false}
        />
      )}
    </div>
  );
}
