import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { ResponseLevel, type DeliveryChannel } from "@/lib/generated/prisma/enums";
import { emailOfEvent, type EventNotices } from "@/lib/notify/messages";
import { postJson, sendEmail, webhookSignature } from "@/lib/notify/channels";
import type { NotifyConfig } from "@/lib/notify/config";
import { isStillNeeded } from "@/lib/notify/reminders";
import { MINUTE } from "@/lib/time";

const LEASE_MS = 2 * MINUTE;
const PARALLEL = 50;

type Claimed = {
  id: string;
  channel: DeliveryChannel;
  recipient: string;
  content: unknown;
  attempts: number;
  webhookId: string | null;
  dedupeKey: string | null;
  eventId: bigint | null;
};

const emailContent = z.object({ subject: z.string(), text: z.string(), html: z.string() });
const emailOfEventContent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("posture"), displayName: z.string(), siteIds: z.array(z.string()) }),
  z.object({ kind: z.literal("summary") }),
]);
const noticesSchema = z.object({
  forceWide: z.boolean(),
  sites: z.array(
    z.object({
      siteId: z.string(),
      code: z.string(),
      name: z.string(),
      from: z.enum(ResponseLevel),
      to: z.enum(ResponseLevel),
      since: z.coerce.date(),
      measures: z.array(z.object({ title: z.string(), guidance: z.string() })),
    }),
  ),
});

/** Each event's notices, read once for all its messages in a delivery run. */
type NoticeCache = Map<bigint, Promise<EventNotices>>;

function noticesOf(cache: NoticeCache, eventId: bigint): Promise<EventNotices> {
  let found = cache.get(eventId);
  if (!found) {
    found = db.notificationEvent
      .findUniqueOrThrow({ where: { id: eventId }, select: { notices: true } })
      .then((event) => noticesSchema.parse(event.notices));
    cache.set(eventId, found);
  }
  return found;
}
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
export async function deliverDueMessages(config: NotifyConfig, now = new Date(), limit = 200): Promise<number> {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "lockedUntil" = ${new Date(now.getTime() + LEASE_MS)}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt", "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "channel"::text AS "channel", "recipient", "content", "attempts", "webhookId", "dedupeKey", "eventId"`;
  const notices: NoticeCache = new Map();
  for (let start = 0; start < claimed.length; start += PARALLEL) {
    const batch = claimed.slice(start, start + PARALLEL);
    const sent = (await Promise.all(batch.map((message) => deliverOne(message, config, now, notices)))).flatMap(
      (id) => id ?? [],
    );
    // Successes are recorded together: two statements a batch, not two a message.
    if (sent.length) {
      await db.$transaction([
        db.outboxMessage.updateMany({
          where: { id: { in: sent } },
          data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null },
        }),
        db.deliveryAttempt.createMany({ data: sent.map((messageId) => ({ messageId, ok: true })) }),
      ]);
    }
  }
  return claimed.length;
}

/** Sends one message; its id when sent, for the batch to record; a failure or a cancellation is recorded here. */
async function deliverOne(
  message: Claimed,
  config: NotifyConfig,
  now: Date,
  notices: NoticeCache,
): Promise<string | undefined> {
  if (!(await isStillNeeded(message.dedupeKey))) {
    await db.outboxMessage.update({ where: { id: message.id }, data: { status: "CANCELLED", lockedUntil: null } });
    return undefined;
  }
  try {
    await send(message, config, notices);
    return message.id;
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
    return undefined;
  }
}

async function send(message: Claimed, config: NotifyConfig, notices: NoticeCache) {
  if (message.channel === "EMAIL") {
    if (!config.smtpUrl) throw new Error("Email is off on this server: SMTP_URL is not set");
    const ofEvent = emailOfEventContent.safeParse(message.content);
    const content =
      ofEvent.success && message.eventId !== null
        ? emailOfEvent(ofEvent.data, await noticesOf(notices, message.eventId), config.appUrl)
        : emailContent.parse(message.content);
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
