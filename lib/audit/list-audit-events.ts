import "server-only";
import { auditFilterSchema, type AuditFilter } from "@/lib/audit/audit-filter";
import { describeAuditEvent, siteIdOf } from "@/lib/audit/describe-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { londonDayStart } from "@/lib/date-input";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;
/** Matches counted at most: beyond them the log says "more than", and dates narrow it down. */
export const AUDIT_COUNT_CAP = 10_000;
const EXPORT_BATCH = 1_000;

const EVENT_SELECT = {
  id: true,
  occurredAt: true,
  type: true,
  entityType: true,
  entityId: true,
  payload: true,
  actorId: true,
} as const;

type StoredEvent = Prisma.AuditEventGetPayload<{ select: typeof EVENT_SELECT }>;

/**
 * The audit log, newest first, filtered in the database and a page at a time, each event in plain
 * words. The matches are counted up to a cap (`totalIsCapped`): counting a million rows on every
 * view would cost more than the page itself, and the newest 10,000 are as far as anyone pages.
 */
export async function listAuditEvents(user: CurrentUser, input: unknown = {}) {
  requirePermission(user, "audit.view");
  const filter = parseInput(auditFilterSchema, input);
  if ((filter.page - 1) * AUDIT_PAGE_SIZE >= AUDIT_COUNT_CAP) {
    const message = `Pages go back ${AUDIT_COUNT_CAP.toLocaleString("en-GB")} events: choose dates to reach older ones`;
    throw new AppError("VALIDATION", message, { page: [message] });
  }
  const where = await whereOf(filter);
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: EVENT_SELECT,
    }),
    db.auditEvent.count({ where, take: AUDIT_COUNT_CAP + 1 }),
  ]);
  return {
    items: await described(events),
    page: filter.page,
    pageSize: AUDIT_PAGE_SIZE,
    total: Math.min(total, AUDIT_COUNT_CAP),
    totalIsCapped: total > AUDIT_COUNT_CAP,
  };
}

/** Every event the filter picks, newest first, read in batches so an export of any size stays small in memory. */
export async function* exportAuditEvents(user: CurrentUser, input: unknown = {}) {
  requirePermission(user, "audit.view");
  const where = await whereOf(parseInput(auditFilterSchema, input));
  let before: bigint | undefined;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: before === undefined ? where : { AND: [where, { id: { lt: before } }] },
      orderBy: { id: "desc" },
      take: EXPORT_BATCH,
      select: EVENT_SELECT,
    });
    if (batch.length === 0) return;
    yield await described(batch);
    before = batch[batch.length - 1].id;
  }
}

async function whereOf(filter: AuditFilter): Promise<Prisma.AuditEventWhereInput> {
  return {
    ...(filter.type && { type: filter.type }),
    ...(filter.entity && { entityType: filter.entity }),
    ...((filter.from || filter.to) && {
      occurredAt: {
        ...(filter.from && { gte: londonDayStart(filter.from) }),
        ...(filter.to && { lt: londonDayStart(filter.to, 1) }),
      },
    }),
    ...(filter.who && (await actorsNamed(filter.who))),
  };
}

/** "System" is the app itself; any other text matches people by name or username. */
async function actorsNamed(text: string): Promise<Prisma.AuditEventWhereInput> {
  if (text.toLowerCase() === "system") return { actorId: null };
  const people = await db.user.findMany({
    where: {
      OR: [
        { displayName: { contains: text, mode: "insensitive" } },
        { username: { contains: text, mode: "insensitive" } },
      ],
    },
    select: { id: true },
    take: 500,
  });
  return { actorId: { in: people.map((person) => person.id) } };
}

/** Names for the people and sites a batch of events mentions: two queries, whatever the batch. */
async function described(events: StoredEvent[]) {
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const siteIds = [...new Set(events.flatMap((event) => siteIdOf(event) ?? []))];
  const [actors, sites] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } }),
    db.site.findMany({ where: { id: { in: siteIds } }, select: { id: true, code: true, name: true } }),
  ]);
  const actorName = new Map(actors.map((actor) => [actor.id, actor.displayName]));
  const siteName = new Map(sites.map((site) => [site.id, `${site.code} ${site.name}`]));
  return events.map((event) => {
    const actor = event.actorId ? (actorName.get(event.actorId) ?? "Unknown user") : systemName(event.payload);
    const siteId = siteIdOf(event);
    return {
      id: event.id.toString(),
      occurredAt: event.occurredAt,
      type: event.type,
      entityType: event.entityType,
      entityId: event.entityId,
      actorName: actor,
      description: describeAuditEvent({
        type: event.type,
        payload: event.payload,
        actorName: actor,
        siteName: siteId ? siteName.get(siteId) : undefined,
      }),
      payload: event.payload,
    };
  });
}

/** An event no person caused: the system itself, or another system through its API token. */
function systemName(payload: unknown): string {
  const token = (payload as { apiToken?: unknown } | null)?.apiToken;
  return typeof token === "string" ? `API token "${token}"` : "System";
}
