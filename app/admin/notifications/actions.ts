"use server";

import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/http/server-action";
import { retryFailedMessages } from "@/lib/notify/delivery-report";
import { createWebhook, deleteWebhook } from "@/lib/notify/webhooks";

const done = (message: string) => {
  revalidatePath("/admin/notifications");
  return { ok: true, message };
};

export const retryFailedAction = serverAction(async (user, form) => {
  const count = await retryFailedMessages(user, { eventId: form.get("eventId") });
  return done(`${count} ${count === 1 ? "message" : "messages"} queued to send again.`);
});

export const addWebhookAction = serverAction(async (user, form) => {
  const hook = await createWebhook(user, {
    url: form.get("url"),
    secret: form.get("secret"),
    events: form.getAll("events"),
  });
  return done(`Webhook added: ${hook.url} will receive ${hook.events.join(" and ")}.`);
});

export const deleteWebhookAction = serverAction(async (user, form) => {
  await deleteWebhook(user, String(form.get("webhookId") ?? ""));
  return done("Webhook removed: it receives nothing more.");
});
