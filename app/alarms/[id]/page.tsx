import type { Metadata } from "next";
import { AlarmCallForm } from "@/app/alarms/[id]/alarm-call-form";
import { AlarmRecords } from "@/app/alarms/[id]/alarm-records";
import { PersonalDetails } from "@/app/alarms/[id]/personal-details";
import { ReviewEvidence } from "@/app/alarms/[id]/review-evidence";
import { TransitionForm } from "@/app/alarms/[id]/transition-form";
import { DoneMessage } from "@/app/alarms/done-message";
import { ACTION_LABEL, doneAction, OUTCOME_LABEL, RISK_GRADE_LABEL } from "@/lib/alarms/labels";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { isLateFit } from "@/lib/alarms/list-alarms";
import { consultPersonalData, readAlarmRequest, type AlarmDetail } from "@/lib/alarms/read-alarm";
import { listAlarmUnits } from "@/lib/alarms/units";
import type { AlarmAction } from "@/lib/alarms/transitions";
import { formatDate, formatDateTime, humanize, pounds } from "@/lib/format";
import { dateInputValues, type DateInputValues } from "@/lib/date-input";
import { Section } from "@/components/section";

export const metadata: Metadata = { title: "Alarm request" };

const DECISIONS: AlarmAction[] = ["approve", "reject"];

export default async function AlarmPage({ params, searchParams }: PageProps<"/alarms/[id]">) {
  const user = await requirePageUser();
  const { id } = await params;
  const query = (await searchParams) as { created?: string; existing?: string; done?: string };
  const done = doneAction(query.done);
  const alarm = await readForPage(() => readAlarmRequest(user, id));
  // The requester reads their own request's personal data without a justification (still logged).
  const ownConsultation =
    alarm.personalView && !alarm.requiresJustification ? await consultPersonalData(user, id, {}) : null;
  const units = alarm.actions.includes("install")
    ? await listAlarmUnits(user, { status: "IN_STOCK", type: alarm.alarmType })
    : [];
  const now = dateInputValues(new Date());
  const decisions = alarm.actions.filter((action) => DECISIONS.includes(action));
  const otherActions = alarm.actions.filter((action) => !DECISIONS.includes(action));
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
      <AttentionNotices alarm={alarm} />
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="alarm-facts">
        {factsOf(alarm).map(([label, value]) => (
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
        suggestedReason={decisions.length ? "Reading the risk summary to decide the request" : undefined}
        gateHint={
          decisions.length > 0 &&
          "To approve or reject, open the personal data: the decision form is under the risk summary."
        }
      >
        {decisions.length > 0 && (
          <Section id="decision-title" title="Decide the request" className="space-y-3">
            <p>You have read the risk summary above: your decision records that it was shown to you.</p>
            <ActionForms actions={decisions} alarm={alarm} units={units} now={now} />
          </Section>
        )}
      </PersonalDetails>

      {otherActions.length > 0 && (
        <Section id="actions-title" title="What you can do" className="space-y-3">
          {(otherActions.includes("extend") || otherActions.includes("order-removal")) && (
            <ReviewEvidence evidence={alarm.evidence} />
          )}
          <ActionForms actions={otherActions} alarm={alarm} units={units} now={now} />
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
        {alarm.live && <AlarmCallForm requestId={alarm.id} now={now} />}
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

      <AlarmRecords alarm={alarm} now={now} mayReview={can(user.roles, "alarm.records.review")} />
    </div>
  );
}

function ActionForms({
  actions,
  alarm,
  units,
  now,
}: {
  actions: AlarmAction[];
  alarm: AlarmDetail;
  units: { id: string; assetTag: string }[];
  now: DateInputValues;
}) {
  return actions.map((action) => (
    <details key={action} className="rounded border border-gray-300 bg-white p-3">
      <summary className="cursor-pointer font-semibold">{ACTION_LABEL[action]}</summary>
      <div className="pt-3">
        <TransitionForm requestId={alarm.id} action={action} units={units} now={now} />
      </div>
    </details>
  ));
}

function AttentionNotices({ alarm }: { alarm: AlarmDetail }) {
  const notices = [
    alarm.attentionSince && `Its unit was reported lost on ${formatDateTime(alarm.attentionSince)}: decide what now.`,
    alarm.reviewNowSince &&
      `Review now: since ${formatDateTime(alarm.reviewNowSince)} the calls bring the review forward (a genuine call, or three false calls in 12 months).`,
    isLateFit(alarm, new Date()) && "Fitted more than 24 hours ago and still not confirmed live by the control room.",
    alarm.recordReviewQueuedAt && "This finished record is due for its records review (MoPI).",
  ].filter(Boolean);
  return notices.map((notice) => (
    <p key={String(notice)} className="border-l-4 border-red-700 bg-red-50 p-3 font-semibold">
      {notice}
    </p>
  ));
}

function factsOf(alarm: AlarmDetail): [string, string][] {
  const facts: ([string, string] | false | null)[] = [
    ["Status", humanize(alarm.status)],
    ["Reason", humanize(alarm.reasonCategory)],
    ["Alarm", humanize(alarm.alarmType)],
    ["District", alarm.district],
    alarm.riskGrade && [
      "Risk",
      `DASH ${RISK_GRADE_LABEL[alarm.riskGrade].toLowerCase()}${alarm.riskAssessedOn ? `, assessed ${formatDate(alarm.riskAssessedOn)}` : ""}`,
    ],
    alarm.maracHeard !== null && [
      "MARAC",
      alarm.maracHeard ? `Heard${alarm.maracDate ? ` on ${formatDate(alarm.maracDate)}` : ""}` : "Not heard",
    ],
    alarm.occupierConsent !== null && [
      "Consent",
      `Occupier ${alarm.occupierConsent ? "consents" : "does not consent"}${
        alarm.landlordConsent === null ? "" : `; landlord ${alarm.landlordConsent ? "consents" : "does not consent"}`
      }`,
    ],
    ["Requested", `${formatDateTime(alarm.requestedAt)} by ${alarm.requestedBy.displayName}`],
    ["Period", `${alarm.periodDays} days · estimated ${pounds(alarm.estimatedCost)}`],
    alarm.installedAt && [
      "Installed",
      `${formatDateTime(alarm.installedAt)}${alarm.tested ? ", test call made" : ", no test call made"}`,
    ],
    alarm.installedAt &&
      !alarm.removedAt && [
        "Live",
        alarm.liveConfirmedAt
          ? `Yes: confirmed by the control room ${formatDateTime(alarm.liveConfirmedAt)}`
          : "Not yet: awaiting the control room's confirmation",
      ],
    alarm.unit && ["Unit", `${alarm.unit.assetTag} (${humanize(alarm.unit.status)})`],
    alarm.reviewDueAt &&
      alarm.status === "INSTALLED" && [
        "Review due",
        `${formatDateTime(alarm.reviewDueAt)}${alarm.reviewDueAt < new Date() ? " (overdue: decide to extend or remove)" : ""}`,
      ],
    alarm.recordReviewDueAt && ["Records review", formatDate(alarm.recordReviewDueAt)],
    alarm.erasedAt && ["Personal data disposed of", formatDateTime(alarm.erasedAt)],
  ];
  return facts.filter((fact): fact is [string, string] => Boolean(fact));
}
