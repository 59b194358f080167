import "server-only";
import { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { DeliveryChannel, DeliveryStatus } from "@/lib/generated/prisma/enums";
import { AppError, parseInput } from "@/lib/errors";
import { pageNumber } from "@/lib/validation";

export const REPORT_PAGE_SIZE = 20;

type Counts = Record<DeliveryStatus, number>;
export type ChannelReport = { channel: DeliveryChannel; counts: Counts; lastError: string | null };
export type EventReport = { id: string; type: string; createdAt: Date; summary: string; channels: ChannelReport[] };

const EMPTY: Counts = { PENDING: 0, SENT: 0, FAILED: 0, CANCELLED: 0 };

function summaryOf(type: string, payload: unknown): string {
  const value = payload as { forceWide?: boolean; moves?: { to: string }[]; scope?: string; level?: string };
  if (type === "posture.changed" && value.moves) {
    const levels = [...new Set(value.moves.map((move) => move.to))].join(", ");
    const sites = `${value.moves.length} ${value.moves.length === 1 ? "site" : "sites"}`;
    return `${value.forceWide ? "Force-wide" : "Site"} change: ${sites} to ${levels}`;
  }
  if (type === "threat.recorded") return `Threat recorded: ${value.scope} ${value.level}`;
  return type;
}

/** For administrators: per change, how many messages on each channel were sent, wait, failed. */
export async function readDeliveryReport(user: CurrentUser, input: unknown = {}) {
  requirePermission(user, "notifications.manage");
  const { page } = parseInput(z.object({ page: pageNumber.catch(1).default(1) }), input);
  const [events, total] = await Promise.all([
    db.notificationEvent.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * REPORT_PAGE_SIZE,
      take: REPORT_PAGE_SIZE,
      select: { id: true, type: true, createdAt: true, payload: true },
    }),
    db.notificationEvent.count(),
  ]);
  const rows = await db.outboxMessage.groupBy({
    by: ["eventId", "channel", "status"],
    where: { eventId: { in: events.map((event) => event.id) } },
    _count: { _all: true },
    _max: { lastError: true },
  });
  const items: EventReport[] = events.map((event) => {
    const channels = new Map<DeliveryChannel, ChannelReport>();
    for (const row of rows.filter((candidate) => candidate.eventId === event.id)) {
      const report = channels.get(row.channel) ?? { channel: row.channel, counts: { ...EMPTY }, lastError: null };
      report.counts[row.status] = row._count._all;
      if (row.status === "FAILED") report.lastError = row._max.lastError;
      channels.set(row.channel, report);
    }
    return {
      id: event.id.toString(),
      type: event.type,
      createdAt: event.createdAt,
      summary: summaryOf(event.type, event.payload),
      channels: [...channels.values()].sort((a, b) => a.channel.localeCompare(b.channel)),
    };
  });
  return { items, page, pageSize: REPORT_PAGE_SIZE, total };
}

/** Sends a change's failed messages again, from a fresh count of tries. */
export async function retryFailedMessages(user: CurrentUser, input: unknown) {
  requirePermission(user, "notifications.manage");
  const { eventId } = parseInput(
    z.object({ eventId: z.string().regex(/^\d{1,18}$/, "Choose a change from the list") }),
    input,
  );
  const { count } = await db.outboxMessage.updateMany({
    where: { eventId: BigInt(eventId), status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
  });
  if (count === 0) throw new AppError("CONFLICT", "Nothing to retry: no message of that change has failed.");
  return count;
}
