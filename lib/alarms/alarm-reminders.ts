import "server-only";
import { UNCONFIRMED_FIT_HOURS } from "@/lib/alarms/config";
import { can, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { NotifyConfig } from "@/lib/notify/config";
import { escapeHtml } from "@/lib/notify/messages";
import { DAY, HOUR } from "@/lib/time";

const REVIEW_NOTICE_DAYS = 7;
const LISTED = 50;

type Work = { reviewsDue: string[]; reviewsOverdue: string[]; reviewNow: string[]; unconfirmedFits: string[] };
type Line = { numbers: string[]; label: string };

/** The London calendar day, so a digest goes at most once a day to each person. */
const londonDay = (now: Date) => now.toLocaleDateString("en-CA", { timeZone: "Europe/London" });
export const alarmDigestKey = (userId: string, now: Date) => `alarm-digest:${userId}:${londonDay(now)}`;

const numbersOf = (rows: { number: string }[]) => rows.map((row) => row.number);

/** Request numbers only: an email never carries an alarm's personal data (decision 013). */
async function readWork(now: Date): Promise<Work> {
  const fitCutoff = new Date(now.getTime() - UNCONFIRMED_FIT_HOURS * HOUR);
  const select = { number: true } as const;
  const orderBy = { number: "asc" } as const;
  const [due, overdue, reviewNow, unconfirmed] = await Promise.all([
    db.alarmRequest.findMany({
      where: { status: "INSTALLED", reviewDueAt: { gt: now, lte: new Date(now.getTime() + REVIEW_NOTICE_DAYS * DAY) } },
      select,
      orderBy,
      take: LISTED,
    }),
    db.alarmRequest.findMany({
      where: { status: "INSTALLED", reviewDueAt: { lte: now } },
      select,
      orderBy,
      take: LISTED,
    }),
    db.alarmRequest.findMany({
      where: { status: "INSTALLED", OR: [{ reviewNowSince: { not: null } }, { attentionSince: { not: null } }] },
      select,
      orderBy,
      take: LISTED,
    }),
    db.alarmRequest.findMany({
      where: { status: "INSTALLED", liveConfirmedAt: null, installedAt: { lte: fitCutoff } },
      select,
      orderBy,
      take: LISTED,
    }),
  ]);
  return {
    reviewsDue: numbersOf(due),
    reviewsOverdue: numbersOf(overdue),
    reviewNow: numbersOf(reviewNow),
    unconfirmedFits: numbersOf(unconfirmed),
  };
}

/** What each role is told: approvers the reviews, installers and the control room the fits not yet live. */
function linesFor(roles: Role[], work: Work): Line[] {
  const lines: [Permission, string[], string][] = [
    ["alarm.decide", work.reviewsOverdue, "reviews overdue"],
    ["alarm.decide", work.reviewNow, "alarms to review now (calls, or a lost unit)"],
    ["alarm.decide", work.reviewsDue, "reviews due within 7 days"],
    [
      "alarm.install",
      work.unconfirmedFits,
      `fits not confirmed live by the control room after ${UNCONFIRMED_FIT_HOURS} hours`,
    ],
    [
      "alarm.confirmLive",
      work.unconfirmedFits,
      `fits awaiting your confirmation for over ${UNCONFIRMED_FIT_HOURS} hours`,
    ],
  ];
  return lines
    .filter(([permission, numbers]) => numbers.length > 0 && can(roles, permission))
    .map(([, numbers, label]) => ({ numbers, label }));
}

export function alarmDigestEmail(displayName: string, lines: Line[], appUrl: string) {
  const count = lines.reduce((sum, line) => sum + line.numbers.length, 0);
  const subject = `Temporary alarms: ${count} ${count === 1 ? "item needs" : "items need"} your attention`;
  const text = [
    `Dear ${displayName},`,
    "",
    ...lines.map((line) => `${line.numbers.length} ${line.label}: ${line.numbers.join(", ")}`),
    "",
    `Open your queues: ${appUrl}/alarms`,
  ].join("\n");
  const html = `<p>Dear ${escapeHtml(displayName)},</p><ul>${lines
    .map((line) => `<li>${line.numbers.length} ${escapeHtml(line.label)}: ${escapeHtml(line.numbers.join(", "))}</li>`)
    .join("")}</ul><p><a href="${escapeHtml(`${appUrl}/alarms`)}">Open your queues</a></p>`;
  return { subject, text, html };
}

/**
 * Once a London day, each approver, installer and control-room user with an email gets one digest
 * of what waits on them: reviews due and overdue, reviews brought forward, fits not yet live.
 */
export async function queueAlarmReminders(config: NotifyConfig, now = new Date()): Promise<number> {
  if (!config.smtpUrl) return 0;
  const work = await readWork(now);
  if (Object.values(work).every((numbers) => numbers.length === 0)) return 0;
  const people = await db.user.findMany({
    where: { active: true, email: { not: null }, roles: { hasSome: ["APPROVER", "INSTALLER", "CONTROL_ROOM"] } },
    select: { id: true, email: true, displayName: true, roles: true },
  });
  const messages = people.flatMap((person) => {
    const lines = linesFor(person.roles, work);
    if (lines.length === 0) return [];
    return [
      {
        channel: "EMAIL" as const,
        recipient: person.email!,
        userId: person.id,
        dedupeKey: alarmDigestKey(person.id, now),
        content: alarmDigestEmail(person.displayName, lines, config.appUrl),
      },
    ];
  });
  const { count } = await db.outboxMessage.createMany({ data: messages, skipDuplicates: true });
  return count;
}
