"use client";

import { useActionState } from "react";
import { acknowledgePostureAction } from "@/app/posture/actions";
import { buttonClass, FormMessage } from "@/components/form-controls";

export function AcknowledgeForm({ siteId, postureVersion }: { siteId: string; postureVersion: number }) {
  const [state, action, isPending] = useActionState(acknowledgePostureAction, { ok: true });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="postureVersion" value={postureVersion} />
      <FormMessage state={state} />
      <button type="submit" disabled={isPending} className={buttonClass}>
        I have read this
      </button>
    </form>
  );
}
