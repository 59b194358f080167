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
