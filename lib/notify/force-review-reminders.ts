import "server-only";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { isReviewOverdue } from "@/lib/levels/review-by";
import { readForceLevel } from "@/lib/levels/level-state";
import type { NotifyConfig } from "@/lib/notify/config";
import { escapeHtml } from "@/lib/notify/messages";

/** One reminder per commander for each version of the force level whose review has fallen due. */
export const forceReviewKey = (userId: string, version: number) => `force-review:${userId}:${version}`;

export function forceReviewEmail(
  displayName: string,
  force: { level: string; since: Date; reviewBy: Date },
  appUrl: string,
) {
  const subject = `Review overdue: the force has been at ${force.level} since ${formatDateTime(force.since)}`;
  const lines = [
    `The force response level, ${force.level}, was due for review at ${formatDateTime(force.reviewBy)}.`,
    "It stays in force until a commander reviews it: maintain it until a new review-by time, or change it.",
  ];
  const text = [`Dear ${displayName},`, "", ...lines, "", `Review it: ${appUrl}/levels`].join("\n");
  const html = `<p>Dear ${escapeHtml(displayName)},</p>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}
<p><a href="${escapeHtml(`${appUrl}/levels`)}">Review the force level</a></p>`;
  return { subject, text, html };
}

/** When the force's review-by time has passed, every active commander with an email is reminded once. */
export async function queueForceReviewReminders(config: NotifyConfig, now = new Date()): Promise<number> {
  if (!config.smtpUrl) return 0;
  const force = await readForceLevel(db);
  if (!isReviewOverdue(force, now)) return 0;
  const commanders = await db.user.findMany({
    where: { active: true, email: { not: null }, roles: { has: "COMMANDER" } },
    select: { id: true, email: true, displayName: true },
  });
  const { count } = await db.outboxMessage.createMany({
    data: commanders.map((commander) => ({
      channel: "EMAIL" as const,
      recipient: commander.email!,
      userId: commander.id,
      dedupeKey: forceReviewKey(commander.id, force.version),
      content: forceReviewEmail(commander.displayName, { ...force, reviewBy: force.reviewBy! }, config.appUrl),
    })),
    skipDuplicates: true,
  });
  return count;
}

/** A reminder waiting to go is dropped once the level has been reviewed or changed (its version moved on). */
export async function isForceReviewStillNeeded(dedupeKey: string): Promise<boolean | undefined> {
  const match = /^force-review:[^:]+:(\d+)$/.exec(dedupeKey);
  if (!match) return undefined;
  const force = await readForceLevel(db);
  return force.version === Number(match[1]);
}
