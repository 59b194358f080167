/** Confirms a transition after the redirect that follows it. */
export function DoneMessage({ action, number }: { action: string; number?: string }) {
  return (
    <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
      Done: {action.toLowerCase()}
      {number ? ` for ${number}` : ""} is recorded and the request has moved on.
    </p>
  );
}
