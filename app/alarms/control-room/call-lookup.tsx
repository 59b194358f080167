"use client";

import { lookUpAlarmAction, type CallLookupState } from "@/app/alarms/control-room/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";
import { TextField } from "@/components/form-field";
import { useActionForm } from "@/components/use-action-form";
import { RISK_GRADE_LABEL } from "@/lib/alarms/labels";
import type { CallLookupResult } from "@/lib/alarms/call-lookup";
import { formatDate, humanize } from "@/lib/format";

/** The call handler's search: one box for a device reference, phone number, postcode or address. */
export function CallLookup() {
  const { state, onSubmit, isPending, field } = useActionForm(lookUpAlarmAction);
  const { items, searched } = state as CallLookupState;
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="space-y-3" role="search" aria-label="Alarm lookup">
        <FormMessage state={state} field={field} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="w-full max-w-md">
            <TextField
              {...field("q")}
              label="Device reference, phone number, postcode or address"
              autoComplete="off"
              autoFocus
            />
          </div>
          <div className="w-full max-w-xs">
            <TextField
              {...field("reason")}
              label="Reason (optional)"
              hint="Recorded with your name. Leave blank for an alarm call."
              autoComplete="off"
            />
          </div>
          <button type="submit" disabled={isPending} className={buttonClass}>
            Find the alarm
          </button>
        </div>
      </form>
      {items && (
        <section aria-labelledby="lookup-results" aria-live="polite" className="space-y-4">
          <h2 id="lookup-results" className="text-xl font-semibold">
            {items.length === 0
              ? `No live alarm found for “${searched}”`
              : `${items.length} live alarm${items.length === 1 ? "" : "s"} for “${searched}”`}
          </h2>
          {items.length === 0 && (
            <p>
              Only alarms the control room has confirmed live are found. Check the device reference with the caller, and
              the command-and-control system.
            </p>
          )}
          {items.map((item) => (
            <CallCard key={item.id} item={item} />
          ))}
        </section>
      )}
    </>
  );
}

function CallCard({ item }: { item: CallLookupResult }) {
  const rows: [string, React.ReactNode][] = [
    ["Person", item.personName],
    ["Codeword", <strong key="codeword">{item.codeword ?? "None recorded"}</strong>],
    ["Safe phone", item.contactPhone],
    ["Safe contact", item.safeContact ?? item.contactNotes],
    ["Address", item.address],
    ["Access", item.accessNotes ?? "No access notes"],
    ["Dependants", item.dependants ?? "None recorded"],
    [
      "Risk",
      `${item.riskGrade ? `DASH ${RISK_GRADE_LABEL[item.riskGrade].toLowerCase()}` : "Grade not recorded"} · ${
        item.maracHeard
          ? `MARAC heard${item.maracDate ? ` ${formatDate(new Date(item.maracDate))}` : ""}`
          : "not heard at MARAC"
      }`,
    ],
    ["Hazards and perpetrator", item.hazards],
    ["Keyholders", item.keyholders ?? "None recorded"],
    ["Sets and unsets", item.setUnsetBy ?? "—"],
    ["Officer in the case", `${item.officerInCase}${item.officerEmail ? ` (${item.officerEmail})` : ""}`],
  ];
  return (
    <article
      className="space-y-2 rounded border-l-8 border-red-700 bg-white p-4"
      data-testid="call-card"
      aria-labelledby={`call-${item.id}`}
    >
      <h3 id={`call-${item.id}`} className="text-lg font-bold">
        {humanize(item.alarmType)} alarm {item.controlRoomRef} · <span className="font-mono">{item.number}</span>
      </h3>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={`/alarms/${item.id}`} className="underline">
          Open {item.number}
        </a>{" "}
        to record the call&apos;s outcome.
      </p>
    </article>
  );
}
