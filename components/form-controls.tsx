/** The message a form action returned: an alert when it failed, a status when it worked. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="border-l-4 border-green-700 bg-green-50 p-2 font-semibold text-green-900">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-2 font-semibold text-red-800">
      {state.message}
    </p>
  );
}

export const buttonClass = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-[#142a52] disabled:opacity-60";
export const secondaryButtonClass =
  "rounded border-2 border-gray-700 bg-white px-3 py-1.5 font-semibold hover:bg-gray-100";
