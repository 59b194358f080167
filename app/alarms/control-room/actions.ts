"use server";

import { lookUpAlarm, type CallLookupResult } from "@/lib/alarms/call-lookup";
import type { ActionState } from "@/lib/errors";
import { serverAction } from "@/lib/http/server-action";

export type CallLookupState = ActionState & { searched?: string; items?: CallLookupResult[] };

/** POSTed: a phone number or an address is personal data and must not sit in a URL. */
export const lookUpAlarmAction = serverAction<CallLookupState>(async (user, form) => {
  const q = String(form.get("q") ?? "");
  const { items } = await lookUpAlarm(user, { q, reason: form.get("reason") ?? undefined });
  return { ok: true, searched: q.trim(), items };
});
