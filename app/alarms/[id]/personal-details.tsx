"use client";

import { useActionState } from "react";
import { consultPersonalDataAction, type ConsultationState } from "@/app/alarms/actions";
import { secondaryButtonClass } from "@/components/form-controls";
import { TextAreaField } from "@/components/form-field";
import { formatDateTime, humanize } from "@/lib/format";
import type { Consultation } from "@/lib/alarms/read-alarm";
import { Section } from "@/components/section";

const LABELS: Record<string, string> = {
  personName: "Person protected",
  addressLine1: "Address line 1",
  addressLine2: "Address line 2",
  town: "Town",
  postcode: "Postcode",
  contactPhone: "Safe phone number",
  safeContact: "Safe times and ways to contact",
  contactNotes: "Other notes on contact",
  codeword: "Agreed codeword",
  dependants: "Dependants at the address",
  accessNotes: "Access notes",
  keyholders: "Keyholders",
  setUnsetBy: "Sets and unsets the alarm",
  riskSummary: "Risk summary",
  hazards: "Perpetrator and hazards",
  crimeReference: "Intelligence or crime reference",
  controlRoomRef: "Control-room reference",
};

type Props = {
  requestId: string;
  isErased: boolean;
  requiresJustification: boolean;
  consultation: Consultation | null;
  /** A reason offered in the box, for a consultation whose purpose the page knows (an approver deciding). */
  suggestedReason?: string;
  /** Said in front of the gate: why this person should open it now. */
  gateHint?: React.ReactNode;
  /** Shown only once the personal data is open: an approver's decision forms, under the risk summary. */
  children?: React.ReactNode;
};

/** Personal data, or the justification gate in front of it (DPA 2018 s62): the reason is POSTed, never put in a URL. */
export function PersonalDetails({
  requestId,
  isErased,
  requiresJustification,
  consultation,
  suggestedReason,
  gateHint,
  children,
}: Props) {
  const [state, dispatch, isPending] = useActionState<ConsultationState, FormData>(consultPersonalDataAction, {
    ok: true,
  });
  if (isErased) return <p>The personal data of this request was disposed of after its records review.</p>;
  const shown = consultation ?? state.consultation;
  if (shown)
    return (
      <>
        <PersonalData consultation={shown} />
        {children}
      </>
    );
  if (!requiresJustification) return null;
  const error = state.fieldErrors?.reason?.[0] ?? (state.ok ? undefined : state.message);
  return (
    <Section
      id="justify-title"
      title="Personal data"
      className="space-y-2 rounded border-2 border-amber-600 bg-amber-50 p-4"
    >
      <p>
        This request holds personal data about a victim. To see it, say why you need to: your reason is recorded with
        your name and the time.
      </p>
      {gateHint && <p className="font-semibold">{gateHint}</p>}
      <form action={dispatch} className="space-y-2">
        <input type="hidden" name="requestId" value={requestId} />
        <TextAreaField
          id="reason"
          name="reason"
          label="Why do you need to see it?"
          rows={2}
          error={error}
          defaultValue={suggestedReason}
        />
        <button type="submit" disabled={isPending} className={secondaryButtonClass}>
          Show the personal data
        </button>
      </form>
    </Section>
  );
}

function PersonalData({ consultation }: { consultation: Consultation }) {
  return (
    <Section
      id="personal-title"
      title="Personal data"
      className="space-y-2 rounded border border-gray-300 bg-white p-4"
    >
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="personal-data">
        {Object.entries(consultation.personal)
          .filter(([, value]) => value)
          .map(([field, value]) => (
            <div key={field} className="contents">
              <dt className="font-semibold">{LABELS[field] ?? field}</dt>
              <dd className="whitespace-pre-line">{value}</dd>
            </div>
          ))}
      </dl>
      {consultation.notes.length > 0 && (
        <>
          <h3 className="font-semibold">Notes on the decisions</h3>
          <ul className="list-disc pl-6" data-testid="transition-notes">
            {consultation.notes.map((note) => (
              <li key={note.transitionId}>
                {formatDateTime(new Date(note.occurredAt))} · {humanize(note.action)}: <q>{note.note}</q>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
