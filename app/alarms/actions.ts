"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addAlarmUnit } from "@/lib/alarms/units";
import { consultPersonalData, type Consultation } from "@/lib/alarms/read-alarm";
import { recordAlarmCall } from "@/lib/alarms/record-alarm-call";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import { transitionAlarmRequest } from "@/lib/alarms/transition-alarm";
import { requireUser } from "@/lib/auth/session";
import { toActionState, type ActionState } from "@/lib/errors";
import { fromLondonLocal } from "@/lib/london-time";

const londonDate = (value: FormDataEntryValue | null) => {
  const text = String(value ?? "");
  return text ? (fromLondonLocal(text) ?? text) : undefined;
};

export type ConsultationState = ActionState & { consultation?: Consultation };

/** Opens personal data with a justification, POSTed by the page's form (never in a URL). */
export async function consultPersonalDataAction(_previous: ConsultationState, form: FormData): Promise<ConsultationState> {
  try {
    const user = await requireUser();
    const id = String(form.get("requestId") ?? "");
    const consultation = await consultPersonalData(user, id, { reason: form.get("reason") });
    // The access log on the page now lists this consultation.
    revalidatePath(`/alarms/${id}`);
    return { ok: true, consultation };
  } catch (error) {
    return toActionState(error);
  }
}

export async function requestAlarmAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let created: Awaited<ReturnType<typeof requestAlarm>>;
  try {
    created = await requestAlarm(await requireUser(), Object.fromEntries(form));
  } catch (error) {
    return toActionState(error);
  }
  const query = created.existingLiveAlarm ? `?created=1&existing=${encodeURIComponent(created.existingLiveAlarm)}` : "?created=1";
  redirect(`/alarms/${created.id}${query}`);
}

export async function transitionAlarmAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const id = String(form.get("requestId") ?? "");
  const action = String(form.get("action") ?? "");
  let number: string;
  try {
    const user = await requireUser();
    ({ number } = await transitionAlarmRequest(user, id, {
      action,
      note: form.get("note") ?? undefined,
      unitId: form.get("unitId") ?? undefined,
      controlRoomRef: form.get("controlRoomRef") ?? undefined,
      installedAt: londonDate(form.get("installedAt")),
      reviewDueAt: londonDate(form.get("reviewDueAt")),
      tested: form.has("tested") ? "true" : form.has("testedField") ? "false" : undefined,
      unitCondition: form.get("unitCondition") ?? undefined,
    }));
  } catch (error) {
    return toActionState(error);
  }
  // The form that succeeded is gone from the new state's page: the page itself confirms. An
  // installer no longer sees a request once fitted or removed, so goes back to the queues.
  revalidatePath("/alarms", "layout");
  const done = `done=${encodeURIComponent(action)}&number=${encodeURIComponent(number)}`;
  redirect(action === "install" || action === "remove" ? `/alarms?${done}` : `/alarms/${id}?${done}`);
}

export async function recordAlarmCallAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireUser();
    await recordAlarmCall(user, String(form.get("requestId") ?? ""), { occurredAt: londonDate(form.get("occurredAt")), outcome: form.get("outcome") });
    revalidatePath("/alarms", "layout");
    return { ok: true, message: "Alarm call recorded." };
  } catch (error) {
    return toActionState(error);
  }
}

export async function addUnitAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await addAlarmUnit(await requireUser(), { assetTag: form.get("assetTag"), type: form.get("type") });
    revalidatePath("/alarms/units");
    return { ok: true, message: "Unit added to stock." };
  } catch (error) {
    return toActionState(error);
  }
}
