import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { DeliveryChannel } from "@/lib/generated/prisma/enums";
import { postJson, sendEmail, webhookSignature } from "@/lib/notify/channels";
import type { NotifyConfig } from "@/lib/notify/config";
import { isStillNeeded } from "@/lib/notify/reminders";
import { MINUTE } from "@/lib/time";

const LEASE_MS = 2 * MINUTE;
const PARALLEL = 20;

type Claimed = {
  id: string;
  channel: DeliveryChannel;
  recipient: string;
  content: unknown;
  attempts: number;
  webhookId: string | null;
  dedupeKey: string | null;
};

const emailContent = z.object({ subject: z.string(), text: z.string(), html: z.string() });
const postContent = z.object({ event: z.string().optional(), body: z.unknown() });

/** Exponential backoff with jitter: base × 2^(tries−1), between half and one and a half times that. */
export function retryDelay(attempts: number, baseMs: number, random = Math.random): number {
  return baseMs * 2 ** Math.max(0, attempts - 1) * (0.5 + random());
}

/**
 * Delivers the messages that are due. Each is leased with FOR UPDATE SKIP LOCKED, so servers
 * never take the same message at once; a server that dies mid-send leaves a lease that runs out,
 * and the message is sent again (at least once: receivers drop repeats by its id).
 */
export async function deliverDueMessages(config: NotifyConfig, now = new Date(), limit = 50): Promise<number> {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "lockedUntil" = ${new Date(now.getTime() + LEASE_MS)}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt", "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "channel"::text AS "channel", "recipient", "content", "attempts", "webhookId", "dedupeKey"`;
  for (let start = 0; start < claimed.length; start += PARALLEL) {
    await Promise.all(claimed.slice(start, start + PARALLEL).map((message) => deliverOne(message, config, now)));
  }
  return claimed.length;
}

async function deliverOne(message: Claimed, config: NotifyConfig, now: Date) {
  if (!(await isStillNeeded(message.dedupeKey))) {
    await db.outboxMessage.update({ where: { id: message.id }, data: { status: "CANCELLED", lockedUntil: null } });
    return;
  }
  try {
    await send(message, config);
    await db.$transaction([
      db.outboxMessage.update({
        where: { id: message.id },
        data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null },
      }),
      db.deliveryAttempt.create({ data: { messageId: message.id, ok: true } }),
    ]);
  } catch (error) {
    const reason = describe(error);
    const givingUp = message.attempts >= config.maxAttempts;
    await db.$transaction([
      db.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: givingUp ? "FAILED" : "PENDING",
          lastError: reason,
          lockedUntil: null,
          nextAttemptAt: new Date(now.getTime() + retryDelay(message.attempts, config.retryBaseMs)),
        },
      }),
      db.deliveryAttempt.create({ data: { messageId: message.id, ok: false, error: reason } }),
    ]);
  }
}

async function send(message: Claimed, config: NotifyConfig) {
  if (message.channel === "EMAIL") {
    if (!config.smtpUrl) throw new Error("Email is off on this server: SMTP_URL is not set");
    const content = emailContent.parse(message.content);
    await sendEmail(config.smtpUrl, { id: message.id, from: config.mailFrom, to: message.recipient, ...content });
    return;
  }
  const { event, body } = postContent.parse(message.content);
  const json = JSON.stringify(body);
  if (message.channel === "TEAMS") return postJson(message.recipient, json);
  const hook = message.webhookId
    ? await db.webhook.findUnique({ where: { id: message.webhookId }, select: { secret: true } })
    : null;
  if (!hook) throw new Error("The webhook was removed");
  await postJson(message.recipient, json, {
    "X-Estate-Signature": webhookSignature(json, hook.secret),
    "X-Estate-Delivery": message.id,
    "X-Estate-Event": event ?? "unknown",
  });
}

/** What went wrong, short enough to show an administrator; never a stack trace. */
function describe(error: unknown): string {
  const text =
    error instanceof Error ? `${error.message}${error.cause ? ` (${describe(error.cause)})` : ""}` : String(error);
  return text.slice(0, 500);
}
