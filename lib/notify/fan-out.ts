import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STAFF_VISIBLE_ITEMS } from "@/lib/levels/read-staff-posture";
import type { NotifyConfig } from "@/lib/notify/config";
import {
  postureWebhookBody,
  teamsCard,
  type EmailOfEvent,
  type EventNotices,
  type SiteNotice,
} from "@/lib/notify/messages";
import {
  postureChangedSchema,
  threatRecordedSchema,
  type PostureChanged,
  type ThreatRecorded,
} from "@/lib/notify/queue-notification";

type Message = Prisma.OutboxMessageCreateManyInput;
const INSERT_CHUNK = 1_000;

/**
 * Turns waiting events into one message per recipient and channel. Events are claimed with
 * FOR UPDATE SKIP LOCKED, so servers share the work; an event's messages and its "fanned out"
 * mark commit together, so a server killed half way leaves the event for the next one.
 */
export async function fanOutEvents(config: NotifyConfig, limit = 5): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const events = await tx.$queryRaw<{ id: bigint; type: string; payload: unknown }[]>`
        SELECT "id", "type", "payload" FROM "NotificationEvent"
        WHERE "fannedOutAt" IS NULL ORDER BY "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      for (const event of events) {
        const { messages, notices } = await messagesFor(tx, event, config);
        for (let start = 0; start < messages.length; start += INSERT_CHUNK) {
          await tx.outboxMessage.createMany({ data: messages.slice(start, start + INSERT_CHUNK) });
        }
        await tx.notificationEvent.update({
          where: { id: event.id },
          data: { fannedOutAt: new Date(), ...(notices && { notices }) },
        });
      }
      return events.length;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

type FannedOut = { messages: Message[]; notices?: EventNotices };

async function messagesFor(
  tx: Tx,
  event: { id: bigint; type: string; payload: unknown },
  config: NotifyConfig,
): Promise<FannedOut> {
  if (event.type === "posture.changed") {
    return postureMessages(tx, event.id, postureChangedSchema.parse(event.payload), config);
  }
  if (event.type === "threat.recorded") {
    const body = threatWebhookBody(threatRecordedSchema.parse(event.payload));
    return { messages: await webhookMessages(tx, event.id, "threat.recorded", body) };
  }
  return { messages: [] };
}

/**
 * The sites and their measures are rendered once, onto the event; each email message holds only
 * whose it is and which of the sites are theirs, and is built from the event when it is sent.
 */
async function postureMessages(
  tx: Tx,
  eventId: bigint,
  change: PostureChanged,
  config: NotifyConfig,
): Promise<FannedOut> {
  const sites = await siteNotices(tx, change);
  const siteIds = sites.map((site) => site.siteId);
  const at = new Date(change.at);
  const notices: EventNotices = { forceWide: change.forceWide, sites };
  const messages: Message[] = [];
  if (config.smtpUrl) {
    const people = await tx.user.findMany({
      where: {
        active: true,
        email: { not: null },
        OR: [
          { homeSiteId: { in: siteIds } },
          { subscriptions: { some: { siteId: { in: siteIds } } } },
          { leadSites: { some: { siteId: { in: siteIds } } } },
        ],
      },
      select: {
        id: true,
        displayName: true,
        email: true,
        homeSiteId: true,
        subscriptions: { where: { siteId: { in: siteIds } }, select: { siteId: true } },
        leadSites: { where: { siteId: { in: siteIds } }, select: { siteId: true } },
      },
    });
    for (const person of people) {
      const theirs = new Set([
        person.homeSiteId,
        ...person.subscriptions.map((entry) => entry.siteId),
        ...person.leadSites.map((entry) => entry.siteId),
      ]);
      const content: EmailOfEvent = {
        kind: "posture",
        displayName: person.displayName,
        siteIds: siteIds.filter((id) => theirs.has(id)),
      };
      messages.push({ eventId, channel: "EMAIL", recipient: person.email!, userId: person.id, content });
    }
    const commanders = await tx.user.findMany({
      where: { active: true, email: { not: null }, roles: { has: "COMMANDER" } },
      select: { id: true, email: true },
    });
    const summary: EmailOfEvent = { kind: "summary" };
    for (const commander of commanders) {
      messages.push({ eventId, channel: "EMAIL", recipient: commander.email!, userId: commander.id, content: summary });
    }
  }
  if (config.teamsWebhookUrl) {
    const body = teamsCard(change.forceWide, sites, at, config.appUrl);
    messages.push({ eventId, channel: "TEAMS", recipient: config.teamsWebhookUrl, content: { body } });
  }
  messages.push(
    ...(await webhookMessages(tx, eventId, "posture.changed", postureWebhookBody(change.forceWide, sites, at))),
  );
  return { messages, notices };
}

/** Each moved site with the measures all its staff may see: never a restricted one. */
async function siteNotices(tx: Tx, change: PostureChanged): Promise<SiteNotice[]> {
  const moved = new Map(change.moves.map((move) => [move.siteId, move]));
  const sites = await tx.site.findMany({
    where: { id: { in: [...moved.keys()] } },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      activations: {
        where: { closedAt: null },
        select: {
          items: {
            where: STAFF_VISIBLE_ITEMS,
            orderBy: { option: { code: "asc" } },
            select: { option: { select: { title: true, guidance: true } } },
          },
        },
      },
    },
  });
  return sites.map((site) => {
    const move = moved.get(site.id)!;
    return {
      siteId: site.id,
      code: site.code,
      name: site.name,
      from: move.from,
      to: move.to,
      since: new Date(change.at),
      measures: site.activations.flatMap((activation) => activation.items.map((item) => item.option)),
    };
  });
}

function threatWebhookBody(threat: ThreatRecorded) {
  return { event: "threat.recorded", occurredAt: threat.recordedAt, scope: threat.scope, level: threat.level };
}

async function webhookMessages(tx: Tx, eventId: bigint, event: string, body: object): Promise<Message[]> {
  const hooks = await tx.webhook.findMany({ where: { events: { has: event } }, select: { id: true, url: true } });
  return hooks.map((hook) => ({
    eventId,
    channel: "WEBHOOK" as const,
    recipient: hook.url,
    webhookId: hook.id,
    content: { event, body },
  }));
}
