import { ErrorSummary } from "@/components/error-summary";
import type { ActionState } from "@/lib/errors";

/**
 * What a form action answered: on failure the error summary, on success a status that says what
 * happened. `field` (from `useActionForm`) gives the summary's links their fields' ids.
 */
export function FormMessage({
  state,
  field = (name) => ({ id: name }),
}: {
  state: ActionState;
  field?: (name: string) => { id: string };
}) {
  if (!state.ok)
    return <ErrorSummary message={state.message} errors={state.fieldErrors} idOf={(name) => field(name).id} />;
  if (!state.message) return null;
  return (
    <p role="status" className="border-l-4 border-green-700 bg-green-50 p-2 font-semibold text-green-900">
      {state.message}
    </p>
  );
}

export const buttonClass = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-[#142a52] disabled:opacity-60";
export const secondaryButtonClass =
  "rounded border-2 border-gray-700 bg-white px-3 py-1.5 font-semibold hover:bg-gray-100";
