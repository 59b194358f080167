"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordDisclosure } from "@/lib/alarms/disclosures";
import { consultPersonalData, type Consultation } from "@/lib/alarms/read-alarm";
import { decideRecordReview } from "@/lib/alarms/records-review";
import { recordAlarmCall } from "@/lib/alarms/record-alarm-call";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import { transitionAlarmRequest } from "@/lib/alarms/transition-alarm";
import { addAlarmUnit } from "@/lib/alarms/units";
import type { ActionState } from "@/lib/errors";
import { serverAction } from "@/lib/http/server-action";
import { readDateInput, readDayInput } from "@/lib/date-input";

export type ConsultationState = ActionState & { consultation?: Consultation };

/** Opens personal data with a justification, POSTed by the page's form (never in a URL). */
export const consultPersonalDataAction = serverAction<ConsultationState>(async (user, form) => {
  const id = String(form.get("requestId") ?? "");
  const consultation = await consultPersonalData(user, id, { reason: form.get("reason") });
  // The access log on the page now lists this consultation.
  revalidatePath(`/alarms/${id}`);
  return { ok: true, consultation };
});

export const requestAlarmAction = serverAction(async (user, form) => {
  const created = await requestAlarm(user, {
    ...Object.fromEntries(form),
    riskAssessedOn: readDayInput(form, "riskAssessedOn"),
    maracDate: readDayInput(form, "maracDate"),
  });
  const existing = created.existingLiveAlarm && `&existing=${encodeURIComponent(created.existingLiveAlarm)}`;
  redirect(`/alarms/${created.id}?created=1${existing || ""}`);
});

export const transitionAlarmAction = serverAction(async (user, form) => {
  const id = String(form.get("requestId") ?? "");
  const action = String(form.get("action") ?? "");
  const { number } = await transitionAlarmRequest(user, id, {
    action,
    note: form.get("note") ?? undefined,
    unitId: form.get("unitId") ?? undefined,
    controlRoomRef: form.get("controlRoomRef") ?? undefined,
    installedAt: readDateInput(form, "installedAt"),
    reviewDueAt: readDateInput(form, "reviewDueAt"),
    tested: form.get("tested") ?? undefined,
    rangThrough: form.get("rangThrough") ?? undefined,
    unitCondition: form.get("unitCondition") ?? undefined,
  });
  // The form that succeeded is gone from the new state's page: the page itself confirms. An
  // installer no longer sees a request once fitted or removed, so goes back to the queues.
  revalidatePath("/alarms", "layout");
  const done = `done=${encodeURIComponent(action)}&number=${encodeURIComponent(number)}`;
  const backToQueues = ["install", "remove", "confirm-live"].includes(action);
  redirect(backToQueues ? `/alarms?${done}` : `/alarms/${id}?${done}`);
});

export const recordAlarmCallAction = serverAction(async (user, form) => {
  await recordAlarmCall(user, String(form.get("requestId") ?? ""), {
    occurredAt: readDateInput(form, "occurredAt"),
    outcome: form.get("outcome"),
  });
  revalidatePath("/alarms", "layout");
  return { ok: true, message: "Alarm call recorded." };
});

export const addUnitAction = serverAction(async (user, form) => {
  await addAlarmUnit(user, { assetTag: form.get("assetTag"), type: form.get("type") });
  revalidatePath("/alarms/units");
  return { ok: true, message: "Unit added to stock." };
});

export const recordDisclosureAction = serverAction(async (user, form) => {
  const id = String(form.get("requestId") ?? "");
  await recordDisclosure(user, id, {
    recipient: form.get("recipient"),
    organisation: form.get("organisation"),
    lawfulBasis: form.get("lawfulBasis"),
    details: form.get("details"),
    disclosedAt: readDateInput(form, "disclosedAt"),
  });
  revalidatePath(`/alarms/${id}`);
  return { ok: true, message: "Disclosure recorded." };
});

export const decideRecordReviewAction = serverAction(async (user, form) => {
  const id = String(form.get("requestId") ?? "");
  const review = await decideRecordReview(user, id, {
    decision: form.get("decision"),
    reason: form.get("reason") ?? undefined,
    nextReviewAt: readDayInput(form, "nextReviewAt"),
  });
  revalidatePath("/alarms", "layout");
  return {
    ok: true,
    message:
      review.decision === "RETAIN"
        ? "Record retained until its next review."
        : "Personal data disposed of: the facts of the request are kept.",
  };
});
