import { secondaryButtonClass } from "@/components/form-controls";
import { FieldError, inputClass } from "@/components/form-field";
import type { AlarmDetail } from "@/lib/alarms/read-alarm";

const LABELS: Record<string, string> = {
  personName: "Person protected", addressLine1: "Address line 1", addressLine2: "Address line 2", town: "Town", postcode: "Postcode",
  contactPhone: "Safe phone number", contactNotes: "Safe-contact notes", riskSummary: "Risk summary", hazards: "Perpetrator and hazards",
  crimeReference: "Intelligence or crime reference", controlRoomRef: "Control-room reference",
};

/** Personal data, or the justification gate in front of it (DPA 2018 s62). */
export function PersonalDetails({ alarm, error }: { alarm: AlarmDetail; error?: string }) {
  if (alarm.erasedAt) return <p>The personal data of this request was erased under the retention policy.</p>;
  if (alarm.requiresJustification) {
    return (
      <section aria-labelledby="justify-title" className="space-y-2 rounded border-2 border-amber-600 bg-amber-50 p-4">
        <h2 id="justify-title" className="text-xl font-semibold">Personal data</h2>
        <p>This request holds personal data about a victim. To see it, say why you need to: your reason is recorded with your name and the time.</p>
        <form method="get" className="space-y-2">
          <label htmlFor="reason" className="block font-semibold">Why do you need to see it?</label>
          <FieldError id="reason-error" message={error} />
          <textarea id="reason" name="reason" rows={2} aria-invalid={Boolean(error)} aria-describedby={error ? "reason-error" : undefined} className={inputClass} />
          <button type="submit" className={secondaryButtonClass}>Show the personal data</button>
        </form>
      </section>
    );
  }
  if (!alarm.personal) return null;
  return (
    <section aria-labelledby="personal-title" className="space-y-2 rounded border border-gray-300 bg-white p-4">
      <h2 id="personal-title" className="text-xl font-semibold">Personal data</h2>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="personal-data">
        {Object.entries(alarm.personal).filter(([, value]) => value).map(([field, value]) => (
          <div key={field} className="contents">
            <dt className="font-semibold">{LABELS[field] ?? field}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
