export const inputClass = "block w-full rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-red-700";

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  error?: string;
  hint?: string;
} & React.InputHTMLAttributes<HTMLInputElement>;

/** A labelled input whose hint and error are announced with it (GOV.UK pattern: error above the input). */
export function TextField({ name, label, error, hint, id = name, ...inputProps }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={name}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          className={inputClass}
          {...inputProps}
        />
      )}
    </Field>
  );
}

export type Option = { value: string; label: string };

/** Label, hint and error around a control, with the ids that tie them to it. */
function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy?: string) => React.ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
      {children(describedBy)}
    </div>
  );
}

type SelectFieldProps = {
  name: string;
  label: string;
  options: Option[];
  error?: string;
  hint?: string;
} & React.SelectHTMLAttributes<HTMLSelectElement>;

export function SelectField({ name, label, options, error, hint, id = name, ...props }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          name={name}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          className={inputClass}
          {...props}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type TextAreaFieldProps = {
  name: string;
  label: string;
  error?: string;
  hint?: string;
} & React.TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ name, label, error, hint, id = name, ...props }: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          name={name}
          rows={3}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          className={inputClass}
          {...props}
        />
      )}
    </Field>
  );
}
