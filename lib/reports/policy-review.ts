import "server-only";
import { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { type ActivationFigures, activationFiguresSql, roundFigures } from "@/lib/levels/activation-figures";
import type { ResponseLevel } from "@/lib/levels/response-levels";
import { fromLondonLocal, toLondonLocal } from "@/lib/london-time";
import { calendarDay, pageNumber } from "@/lib/validation";

// The pack the Op Quantity Lead takes to the two-yearly review of policy O27 with the CTSAs
// (decision 015). An activation belongs to the period when it was open at any time in it; its
// figures are the whole activation's. Days at each level are clipped to the period.

export const ACTIVATIONS_PAGE_SIZE = 50;
export const FINDINGS_SHOWN = 50;
const TOP_NOT_IMPLEMENTED = 10;
const REVIEW_YEARS = 2;

export const policyReviewSchema = z
  .object({
    from: calendarDay("Give the start of the period as a date, like 2025-01-31").optional(),
    to: calendarDay("Give the end of the period as a date, like 2026-12-31").optional(),
    page: pageNumber.catch(1).default(1),
  })
  .transform((input, context) => {
    const today = toLondonLocal(new Date()).slice(0, 10);
    const to = input.to ?? today;
    const from = input.from ?? `${Number(to.slice(0, 4)) - REVIEW_YEARS}${to.slice(4)}`.replace(/-02-29$/, "-02-28");
    if (from > to) {
      context.addIssue({ code: "custom", path: ["from"], message: "The start must be on or before the end" });
      return z.NEVER;
    }
    const start = fromLondonLocal(`${from}T00:00`)!;
    const end = fromLondonLocal(`${nextDay(to)}T00:00`)!;
    return { from, to, start, end, page: input.page };
  });

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export type ReviewPeriod = z.output<typeof policyReviewSchema>;

const inPeriod = ({ start, end }: ReviewPeriod) =>
  Prisma.sql`a."level" <> 'NORMAL' AND a."openedAt" < ${end} AND (a."closedAt" IS NULL OR a."closedAt" >= ${start})`;

export function readReviewPeriod(user: CurrentUser, input: unknown): ReviewPeriod {
  requirePermission(user, "policy.review");
  return parseInput(policyReviewSchema, input);
}

/** `GET /api/reports/policy-review?from=&to=&page=`: the review pack's figures as JSON. */
export async function readPolicyReview(user: CurrentUser, input: unknown, now = new Date()) {
  const period = readReviewPeriod(user, input);
  const [daysAtLevel, totals, activations, options, notImplemented, findings] = await Promise.all([
    siteDaysAtLevel(period, now),
    activationTotals(period, now),
    activationsPage(period, now),
    timeToImplementByOption(period),
    mostOftenNotImplemented(period),
    debriefFindings(period),
  ]);
  return {
    period: { from: period.from, to: period.to },
    daysAtLevel,
    totals,
    activations,
    timeToImplement: options,
    notImplemented,
    debriefs: findings,
  };
}

/** Site-days at each level, each site's periods clipped to the review period. */
async function siteDaysAtLevel({ start, end }: ReviewPeriod, now: Date) {
  const until = end.getTime() < now.getTime() ? end : now;
  const rows = await db.$queryRaw<{ level: ResponseLevel; siteDays: number }[]>`
    SELECT p."level"::text AS "level",
      (sum(EXTRACT(EPOCH FROM (LEAST(coalesce(p."endedAt", ${until}), ${until}) - GREATEST(p."startedAt", ${start})))) / 86400.0)::float8 AS "siteDays"
    FROM "SiteLevelPeriod" p
    WHERE p."startedAt" < ${until} AND (p."endedAt" IS NULL OR p."endedAt" > ${start})
    GROUP BY p."level"`;
  const byLevel = new Map(rows.map((row) => [row.level, Math.max(0, row.siteDays)]));
  return (["NORMAL", "HEIGHTENED", "EXCEPTIONAL"] as const).map((level) => ({
    level,
    siteDays: Math.round((byLevel.get(level) ?? 0) * 10) / 10,
  }));
}

async function activationTotals(period: ReviewPeriod, now: Date) {
  const [row] = await db.$queryRaw<
    { activations: number; heightened: number; exceptional: number; officerHours: number; cost: number }[]
  >`
    SELECT count(*)::int AS "activations",
      count(*) FILTER (WHERE a."level" = 'HEIGHTENED')::int AS "heightened",
      count(*) FILTER (WHERE a."level" = 'EXCEPTIONAL')::int AS "exceptional",
      coalesce(sum(f."officerHours"), 0)::float8 AS "officerHours",
      coalesce(sum(f."cost"), 0)::float8 AS "cost"
    FROM (${activationFiguresSql(inPeriod(period), now)}) f
    JOIN "Activation" a ON a."id" = f."activationId"`;
  return roundFigures(row);
}

export type ReviewActivation = ActivationFigures & {
  siteCode: string;
  siteName: string;
  level: ResponseLevel;
  openedAt: Date;
  closedAt: Date | null;
  debriefSubmittedAt: Date | null;
  whatWorked: string | null;
  whatDidNot: string | null;
};

/** Activations in the period, newest first: a page on screen, a batch of the CSV. */
export async function activationRows(period: ReviewPeriod, now: Date, limit: number, offset: number) {
  const rows = await db.$queryRaw<ReviewActivation[]>`
    SELECT f.*, s."code" AS "siteCode", s."name" AS "siteName", a."level"::text AS "level",
      a."openedAt", a."closedAt", d."submittedAt" AS "debriefSubmittedAt", d."whatWorked", d."whatDidNot"
    FROM (${activationFiguresSql(inPeriod(period), now)}) f
    JOIN "Activation" a ON a."id" = f."activationId"
    JOIN "Site" s ON s."id" = a."siteId"
    LEFT JOIN "Debrief" d ON d."activationId" = a."id"
    ORDER BY a."openedAt" DESC, a."id" DESC
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map(roundFigures);
}

async function activationsPage(period: ReviewPeriod, now: Date) {
  const [items, [{ total }]] = await Promise.all([
    activationRows(period, now, ACTIVATIONS_PAGE_SIZE, (period.page - 1) * ACTIVATIONS_PAGE_SIZE),
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Activation" a WHERE ${inPeriod(period)}`,
  ]);
  return { items, page: period.page, pageSize: ACTIVATIONS_PAGE_SIZE, total };
}

export type OptionTiming = {
  code: string;
  title: string;
  implemented: number;
  notImplemented: number;
  averageHours: number | null;
  longestHours: number | null;
};

/** For each option opened in the period: how often and how fast it was implemented. */
export async function timeToImplementByOption(period: ReviewPeriod): Promise<OptionTiming[]> {
  return db.$queryRaw<OptionTiming[]>`
    SELECT o."code", max(o."title") AS "title",
      count(*) FILTER (WHERE i."implementedAt" >= a."openedAt")::int AS "implemented",
      count(*) FILTER (WHERE i."status" = 'NOT_IMPLEMENTED')::int AS "notImplemented",
      (avg(EXTRACT(EPOCH FROM (i."implementedAt" - a."openedAt")) / 3600.0) FILTER (WHERE i."implementedAt" >= a."openedAt"))::float8 AS "averageHours",
      (max(EXTRACT(EPOCH FROM (i."implementedAt" - a."openedAt")) / 3600.0) FILTER (WHERE i."implementedAt" >= a."openedAt"))::float8 AS "longestHours"
    FROM "Activation" a
    JOIN "ChecklistItem" i ON i."activationId" = a."id"
    JOIN "PolicyOption" o ON o."id" = i."optionId"
    WHERE ${inPeriod(period)}
    GROUP BY o."code"
    ORDER BY "averageHours" DESC NULLS LAST, o."code"`;
}

/** The options most often left not implemented, with their most recent distinct rationales. */
async function mostOftenNotImplemented(period: ReviewPeriod) {
  return db.$queryRaw<{ code: string; title: string; count: number; rationales: string[] }[]>`
    SELECT o."code", max(o."title") AS "title", count(*)::int AS "count",
      (array_agg(DISTINCT i."rationale") FILTER (WHERE i."rationale" IS NOT NULL))[1:3] AS "rationales"
    FROM "Activation" a
    JOIN "ChecklistItem" i ON i."activationId" = a."id"
    JOIN "PolicyOption" o ON o."id" = i."optionId"
    WHERE ${inPeriod(period)} AND i."status" = 'NOT_IMPLEMENTED'
    GROUP BY o."code"
    ORDER BY "count" DESC, o."code"
    LIMIT ${TOP_NOT_IMPLEMENTED}`;
}

/** Submitted debriefs of the period's activations, newest first, and how many are still to write. */
async function debriefFindings(period: ReviewPeriod) {
  const where = {
    activation: { level: { not: "NORMAL" as const }, openedAt: { lt: period.end }, closedAt: { gte: period.start } },
  };
  const [items, submitted, open] = await Promise.all([
    db.debrief.findMany({
      where: { ...where, submittedAt: { not: null } },
      orderBy: [{ openedAt: "desc" }, { id: "desc" }],
      take: FINDINGS_SHOWN,
      select: {
        id: true,
        whatWorked: true,
        whatDidNot: true,
        submittedAt: true,
        activation: { select: { level: true, closedAt: true, site: { select: { code: true, name: true } } } },
      },
    }),
    db.debrief.count({ where: { ...where, submittedAt: { not: null } } }),
    db.debrief.count({ where: { ...where, submittedAt: null } }),
  ]);
  return { items, submitted, open };
}

/** Refuses a CSV table the pack does not have. */
export function csvTable(value: string | null): "activations" | "options" {
  if (value === null || value === "activations") return "activations";
  if (value === "options") return "options";
  throw new AppError("VALIDATION", "Choose the activations or options table", {
    table: ["Choose the activations or options table"],
  });
}
