import type { Metadata } from "next";
import { AlarmCallForm } from "@/app/alarms/[id]/alarm-call-form";
import { PersonalDetails } from "@/app/alarms/[id]/personal-details";
import { TransitionForm } from "@/app/alarms/[id]/transition-form";
import { DoneMessage } from "@/app/alarms/done-message";
import { ACTION_LABEL, doneAction, OUTCOME_LABEL } from "@/lib/alarms/labels";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { consultPersonalData, readAlarmRequest } from "@/lib/alarms/read-alarm";
import { listAlarmUnits } from "@/lib/alarms/units";
import { LIVE_STATUSES } from "@/lib/alarms/transitions";
import { formatDateTime, humanize, pounds } from "@/lib/format";
import { dateInputValues } from "@/lib/date-input";
import { Cell, DataTable, Row } from "@/components/table";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Alarm request" };

export default async function AlarmPage({ params, searchParams }: PageProps<"/alarms/[id]">) {
  const user = await requirePageUser();
  const { id } = await params;
  const query = (await searchParams) as { created?: string; existing?: string; done?: string };
  const done = doneAction(query.done);
  const alarm = await readForPage(() => readAlarmRequest(user, id));
  // The requester reads their own request's personal data without a justification.
  const ownConsultation =
    alarm.personalView && !alarm.requiresJustification ? await consultPersonalData(user, id, {}) : null;
  const units = alarm.actions.includes("install")
    ? (await listAlarmUnits(user, { status: "IN_STOCK" })).filter((unit) => unit.type === alarm.alarmType)
    : [];
  const now = dateInputValues(new Date());
  const isLive = LIVE_STATUSES.includes(alarm.status);
  const facts: [string, string][] = [
    ["Status", humanize(alarm.status)],
    ["Reason", humanize(alarm.reasonCategory)],
    ["Alarm", humanize(alarm.alarmType)],
    ["District", alarm.district],
    ["Requested", `${formatDateTime(alarm.requestedAt)} by ${alarm.requestedBy.displayName}`],
    ["Period", `${alarm.periodDays} days · estimated ${pounds(alarm.estimatedCost)}`],
    ...(alarm.installedAt
      ? [
          ["Installed", `${formatDateTime(alarm.installedAt)}${alarm.tested ? ", tested" : ", not tested"}`] as [
            string,
            string,
          ],
        ]
      : []),
    ...(alarm.unit ? [["Unit", `${alarm.unit.assetTag} (${humanize(alarm.unit.status)})`] as [string, string]] : []),
    ...(alarm.reviewDueAt && isLive
      ? [
          [
            "Review due",
            `${formatDateTime(alarm.reviewDueAt)}${alarm.reviewDueAt < new Date() ? " (overdue: decide to extend or remove)" : ""}`,
          ] as [string, string],
        ]
      : []),
    ...(alarm.erasedAt ? [["Personal data erased", formatDateTime(alarm.erasedAt)] as [string, string]] : []),
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">
        Alarm request <span className="font-mono">{alarm.number}</span>
      </h1>
      {query.created && (
        <div role="status" className="space-y-1 border-l-4 border-green-700 bg-green-50 p-3">
          <p className="font-semibold">Your request {alarm.number} has been submitted for approval.</p>
          {query.existing && (
            <p className="font-semibold text-red-800">A live alarm ({query.existing}) already protects this address.</p>
          )}
        </div>
      )}
      {done && <DoneMessage action={done} number={alarm.number} />}
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="alarm-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <PersonalDetails
        requestId={alarm.id}
        isErased={alarm.erasedAt !== null}
        requiresJustification={alarm.requiresJustification}
        consultation={ownConsultation}
      />

      {alarm.actions.length > 0 && (
        <Section id="actions-title" title="What you can do">
          {alarm.actions.map((action) => (
            <details key={action} className="rounded border border-gray-300 bg-white p-3">
              <summary className="cursor-pointer font-semibold">{ACTION_LABEL[action]}</summary>
              <div className="pt-3">
                <TransitionForm requestId={alarm.id} action={action} units={units} now={now} />
              </div>
            </details>
          ))}
        </Section>
      )}

      <Section id="alarm-calls-title" title={<>Alarm calls ({alarm.calls.length})</>} className="space-y-2">
        {alarm.calls.length === 0 ? (
          <p>No alarm calls recorded.</p>
        ) : (
          <ul className="list-disc pl-6">
            {alarm.calls.map((call) => (
              <li key={call.id}>
                {formatDateTime(call.occurredAt)}: {OUTCOME_LABEL[call.outcome]} (recorded by{" "}
                {call.recordedBy.displayName})
              </li>
            ))}
          </ul>
        )}
        {isLive && <AlarmCallForm requestId={alarm.id} now={now} />}
      </Section>

      <Section id="history-title" title="History" className="space-y-2">
        <ol className="list-decimal space-y-1 pl-6">
          {alarm.transitions.map((transition) => (
            <li key={transition.id}>
              {formatDateTime(transition.occurredAt)} · {transition.actor?.displayName ?? "System"} ·{" "}
              {humanize(transition.action)}
              {transition.fromStatus && ` (${humanize(transition.fromStatus)} → ${humanize(transition.toStatus)})`}
            </li>
          ))}
        </ol>
      </Section>

      {alarm.accessLog && (
        <Section id="access-title" title="Who opened the personal data" className="space-y-2">
          {alarm.accessLog.length === 0 ? (
            <p>Nobody other than the requester has opened it.</p>
          ) : (
            <DataTable columns={["When", "Who", "Why"]} testId="access-log">
              {alarm.accessLog.map((entry) => (
                <Row key={entry.id}>
                  <Cell>{formatDateTime(entry.accessedAt)}</Cell>
                  <Cell>
                    {entry.user.displayName} ({entry.user.username})
                  </Cell>
                  <Cell>{entry.justification}</Cell>
                </Row>
              ))}
            </DataTable>
          )}
        </Section>
      )}
    </div>
  );
}
