import { partName, type DateInputValues } from "@/lib/date-input";

const controlClass = "block rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-red-700";
export const inputClass = `${controlClass} w-full`;

export type Option = { value: string; label: string };

/** What every labelled field takes: the GOV.UK pattern puts the hint, then the error, above the control. */
type FieldProps = { name: string; label: string; error?: string; hint?: string; id?: string };

/** The attributes that tie a control to its label, hint and error. */
type ControlProps = {
  id: string;
  name: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
  className: string;
};

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

/** Label, hint and error around a control, with the ids that tie them to it. */
function Field({
  name,
  label,
  hint,
  error,
  id = name,
  children,
}: FieldProps & { children: (control: ControlProps) => React.ReactNode }) {
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
      {children({
        id,
        name,
        "aria-invalid": Boolean(error),
        "aria-describedby": describedBy,
        className: inputClass,
      })}
    </div>
  );
}

/** A labelled input whose hint and error are announced with it. */
export function TextField({
  name,
  label,
  error,
  hint,
  id,
  ...inputProps
}: FieldProps & React.InputHTMLAttributes<HTMLInputElement>) {
  return <Field {...{ name, label, error, hint, id }}>{(control) => <input {...control} {...inputProps} />}</Field>;
}

export function SelectField({
  name,
  label,
  error,
  hint,
  id,
  options,
  ...selectProps
}: FieldProps & { options: Option[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field {...{ name, label, error, hint, id }}>
      {(control) => (
        <select {...control} {...selectProps}>
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

export function TextAreaField({
  name,
  label,
  error,
  hint,
  id,
  ...textAreaProps
}: FieldProps & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field {...{ name, label, error, hint, id }}>
      {(control) => <textarea rows={3} {...control} {...textAreaProps} />}
    </Field>
  );
}

const DATE_BOXES = [
  { part: "day", label: "Day", width: "w-16", inputMode: "numeric" },
  { part: "month", label: "Month", width: "w-16", inputMode: "numeric" },
  { part: "year", label: "Year", width: "w-24", inputMode: "numeric" },
  { part: "time", label: "Time (24-hour)", width: "w-28", inputMode: "text" },
] as const;

/**
 * GOV.UK's date input with a time: separate day, month and year, and a 24-hour time, so the
 * format is en-GB whatever the browser's locale. The day box carries the group's id, so an
 * error summary link lands on it.
 */
export function DateTimeField({
  name,
  label,
  error,
  hint,
  id = name,
  defaultValue,
  onChange,
  withTime = true,
}: FieldProps & { defaultValue?: Partial<DateInputValues>; onChange?: () => void; withTime?: boolean }) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const example = hint ?? (withTime ? "For example, 27 3 2026 and 14:30" : "For example, 27 3 2026");
  return (
    <fieldset
      className="space-y-1"
      role="group"
      aria-describedby={[hintId, error && errorId].filter(Boolean).join(" ")}
      onChange={onChange}
    >
      <legend className="font-semibold">{label}</legend>
      <p id={hintId} className="text-sm text-gray-700">
        {example}
      </p>
      <FieldError id={errorId} message={error} />
      <div className="flex flex-wrap gap-3">
        {DATE_BOXES.filter(({ part }) => withTime || part !== "time").map(
          ({ part, label: boxLabel, width, inputMode }) => {
            const boxId = part === "day" ? id : `${id}-${part}`;
            return (
              <div key={part} className="space-y-1">
                <label htmlFor={boxId} className="block text-sm">
                  {boxLabel}
                </label>
                <input
                  id={boxId}
                  name={partName(name, part)}
                  inputMode={inputMode}
                  autoComplete="off"
                  spellCheck={false}
                  defaultValue={defaultValue?.[part]}
                  aria-invalid={Boolean(error)}
                  className={`${controlClass} ${width}`}
                />
              </div>
            );
          },
        )}
      </div>
    </fieldset>
  );
}

/**
 * One choice among a few, as radios, none chosen until the user answers: a fact such as "tested
 * with the control room" is never ticked by default. The first radio carries the group's id, so
 * an error summary link lands on it; the others add their value to it.
 */
export function RadiosField({
  choices,
  inline = false,
  onChange,
  ...field
}: FieldProps & {
  choices: { value: string; text: React.ReactNode }[];
  inline?: boolean;
  onChange?: (value: string) => void;
}) {
  return (
    <ChoiceGroup
      {...field}
      type="radio"
      layout={inline ? "inline" : "stacked"}
      choices={choices.map(({ value, text }) => ({ value, text, onChange: onChange && (() => onChange(value)) }))}
    />
  );
}

type Choice = { value: string; text: React.ReactNode; defaultChecked?: boolean; onChange?: () => void };

const LAYOUT = {
  inline: "flex flex-wrap gap-x-6 gap-y-1",
  stacked: "space-y-1",
  columns: "grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3",
} as const;

/** A fieldset of radios or checkboxes, its legend, hint and error announced with it. */
function ChoiceGroup({
  name,
  label,
  error,
  hint,
  id = name,
  type,
  layout,
  choices,
}: FieldProps & { type: "radio" | "checkbox"; layout: keyof typeof LAYOUT; choices: Choice[] }) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <fieldset
      className="space-y-1"
      aria-describedby={[hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend className="font-semibold">{label}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
      <div className={LAYOUT[layout]}>
        {choices.map(({ value, text, defaultChecked, onChange }, index) => {
          const boxId = index === 0 ? id : `${id}-${value.toLowerCase()}`;
          return (
            <label key={value} htmlFor={boxId} className="flex items-center gap-2">
              <input
                type={type}
                id={boxId}
                name={name}
                value={value}
                className="size-5"
                defaultChecked={defaultChecked}
                onChange={onChange}
              />
              {text}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A yes-or-no question: two radios, neither chosen until the user answers. */
export function YesNoField({ yes = "Yes", no = "No", ...field }: FieldProps & { yes?: string; no?: string }) {
  return (
    <RadiosField
      {...field}
      inline
      choices={[
        { value: "yes", text: yes },
        { value: "no", text: no },
      ]}
    />
  );
}

/** A group of checkboxes for a list field: every ticked value is sent under the one name. */
export function CheckboxesField({
  choices,
  checked = [],
  columns = false,
  ...field
}: FieldProps & { choices: Option[]; checked?: string[]; columns?: boolean }) {
  return (
    <ChoiceGroup
      {...field}
      type="checkbox"
      layout={columns ? "columns" : "inline"}
      choices={choices.map(({ value, label }) => ({ value, text: label, defaultChecked: checked.includes(value) }))}
    />
  );
}
