export const inputClass =
  "block w-full rounded border-2 border-gray-700 px-3 py-2 aria-[invalid=true]:border-red-700";

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

type TextFieldProps = { name: string; label: string; error?: string } & React.InputHTMLAttributes<HTMLInputElement>;

/** A labelled input whose error is announced with it (GOV.UK pattern: error above the input). */
export function TextField({ name, label, error, id = name, ...inputProps }: TextFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldError id={errorId} message={error} />
      <input
        id={id}
        name={name}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        className={inputClass}
        {...inputProps}
      />
    </div>
  );
}
