import { FieldError, inputClass } from "@/components/form-field";

type Option = { value: string; label: string };

/** Label, hint and error around a control, with the ids that tie them to it. */
function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: (describedBy?: string) => React.ReactNode }) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint && <p id={hintId} className="text-sm text-gray-700">{hint}</p>}
      <FieldError id={errorId} message={error} />
      {children(describedBy)}
    </div>
  );
}

type SelectFieldProps = { name: string; label: string; options: Option[]; error?: string; hint?: string } & React.SelectHTMLAttributes<HTMLSelectElement>;

export function SelectField({ name, label, options, error, hint, id = name, ...props }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select id={id} name={name} aria-invalid={Boolean(error)} aria-describedby={describedBy} className={inputClass} {...props}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      )}
    </Field>
  );
}

type TextAreaFieldProps = { name: string; label: string; error?: string; hint?: string } & React.TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ name, label, error, hint, id = name, ...props }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => <textarea id={id} name={name} rows={3} aria-invalid={Boolean(error)} aria-describedby={describedBy} className={inputClass} {...props} />}
    </Field>
  );
}

/** The message a form action returned: an alert when it failed, a status when it worked. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="border-l-4 border-green-700 bg-green-50 p-2 font-semibold text-green-900">{state.message}</p>
  ) : (
    <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-2 font-semibold text-red-800">{state.message}</p>
  );
}

export const buttonClass = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-[#142a52] disabled:opacity-60";
export const secondaryButtonClass = "rounded border-2 border-gray-700 bg-white px-3 py-1.5 font-semibold hover:bg-gray-100";
