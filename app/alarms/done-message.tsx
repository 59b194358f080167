import { DONE_LABEL } from "@/lib/alarms/labels";
import type { AlarmAction } from "@/lib/alarms/transitions";

/** Confirms a transition, in plain words, after the redirect that follows it. */
export function DoneMessage({ action, number }: { action: AlarmAction; number?: string }) {
  return (
    <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
      {DONE_LABEL[action]} {number ?? "the request"}.
    </p>
  );
}
