import "server-only";
import { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/http/params";

export const WEBHOOK_EVENTS = ["posture.changed", "threat.recorded"] as const;

export const webhookSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, error: "Give the receiver's address, starting https://" })
    .max(2000, "Keep the address under 2,000 characters"),
  secret: z
    .string({ error: "Give a shared secret of at least 16 characters" })
    .min(16, "Give a shared secret of at least 16 characters")
    .max(200, "Keep the secret under 200 characters"),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { error: "Events are posture.changed and threat.recorded" }), {
      error: "Choose at least one event",
    })
    .min(1, "Choose at least one event"),
});

const PUBLIC = { id: true, url: true, events: true, createdAt: true } as const;

/** `GET /api/webhooks` (ADMIN): the receivers, never their secrets. */
export async function listWebhooks(user: CurrentUser) {
  requirePermission(user, "notifications.manage");
  return { items: await db.webhook.findMany({ orderBy: { createdAt: "asc" }, select: PUBLIC }) };
}

export async function createWebhook(user: CurrentUser, input: unknown) {
  requirePermission(user, "notifications.manage");
  const hook = parseInput(webhookSchema, input);
  return db.webhook.create({
    data: { url: hook.url, secret: hook.secret, events: [...new Set(hook.events)], createdById: user.id },
    select: PUBLIC,
  });
}

export async function deleteWebhook(user: CurrentUser, id: string) {
  requirePermission(user, "notifications.manage");
  uuidOrNotFound(id, "There is no such webhook.");
  const { count } = await db.webhook.deleteMany({ where: { id } });
  if (count === 0) throw new AppError("NOT_FOUND", "There is no such webhook.");
}
