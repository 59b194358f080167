import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isItemOverdue, type Progress } from "@/lib/levels/checklist-rules";
import { OVERDUE_SQL } from "@/lib/levels/checklist-sql";
import type { ChecklistFilter } from "@/lib/levels/checklist-filter";
import {
  assignableUsers,
  checklistScope,
  requireChecklistAccess,
  requireLevelHistoryAccess,
} from "@/lib/levels/access";
import { readPosture } from "@/lib/levels/read-posture";
import { uuidOrNotFound } from "@/lib/http/params";

const NO_SUCH_SITE = "That site does not exist.";

/**
 * A site's page: its level and since when, its open checklist by category (the items the filter
 * picks, with every category's counts), and its history.
 */
export async function readSiteChecklist(
  user: CurrentUser,
  siteId: string,
  filter: ChecklistFilter = {},
  now = new Date(),
) {
  uuidOrNotFound(siteId, NO_SUCH_SITE);
  requireChecklistAccess(user, siteId);
  const [posture, activation, assignees] = await Promise.all([
    readPosture(user, now, siteId),
    db.activation.findFirst({
      where: { siteId, closedAt: null },
      select: {
        id: true,
        level: true,
        openedAt: true,
        policyVersion: { select: { reference: true, version: true } },
        items: {
          where: itemsPicked(user, filter, now),
          orderBy: [{ option: { category: "asc" } }, { option: { code: "asc" } }],
          select: {
            id: true,
            level: true,
            status: true,
            rationale: true,
            dueAt: true,
            updatedAt: true,
            assigneeId: true,
            version: true,
            assignee: { select: { displayName: true } },
            updatedBy: { select: { displayName: true } },
            option: {
              select: {
                code: true,
                title: true,
                guidance: true,
                category: true,
                visibility: true,
                ownerRole: true,
                officerHoursPerDay: true,
                costPerDay: true,
                cadence: true,
              },
            },
          },
        },
      },
    }),
    db.user.findMany({
      where: assignableUsers(siteId),
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
    }),
  ]);
  const counts = activation ? await countByCategory(activation.id, now) : [];
  const site = posture.sites.find((candidate) => candidate.id === siteId);
  if (!site) throw new AppError("NOT_FOUND", NO_SUCH_SITE);
  const items = (activation?.items ?? []).map((item) => ({
    ...item,
    option: { ...item.option, officerHoursPerDay: Number(item.option.officerHoursPerDay) },
    isOverdue: isItemOverdue({ ...item, cadence: item.option.cadence }, now),
  }));
  return {
    site,
    force: posture.force,
    activation: activation && {
      id: activation.id,
      level: activation.level,
      openedAt: activation.openedAt,
      policy: activation.policyVersion,
    },
    items,
    progress: totalOf(counts),
    counts,
    categories: groupByCategory(items),
    assignees,
    mayWork: checklistScope(user, "work")(siteId),
  };
}

function itemsPicked(user: CurrentUser, filter: ChecklistFilter, now: Date): Prisma.ChecklistItemWhereInput {
  return {
    ...(filter.show === "pending" && { status: "PENDING" }),
    ...(filter.show === "overdue" && {
      dueAt: { lt: now },
      OR: [{ status: "PENDING" }, { status: "IMPLEMENTED", option: { cadence: { not: "ONCE" } } }],
    }),
    ...(filter.show === "mine" && { assigneeId: user.id }),
    ...(filter.category && { option: { category: filter.category } }),
  };
}

export type CategoryCount = Progress & { category: string };

/** Each category's size, decisions and overdue items, counted in the database whatever the filter shows. */
async function countByCategory(activationId: string, now: Date): Promise<CategoryCount[]> {
  return db.$queryRaw<CategoryCount[]>`
    SELECT o."category",
           count(*)::int AS "total",
           (count(*) FILTER (WHERE i."status" <> 'PENDING'))::int AS "considered",
           (count(*) FILTER (WHERE ${OVERDUE_SQL} AND i."dueAt" < ${now}))::int AS "overdue"
    FROM "ChecklistItem" i JOIN "PolicyOption" o ON o."id" = i."optionId"
    WHERE i."activationId" = ${activationId}::uuid
    GROUP BY o."category"
    ORDER BY o."category"`;
}

function totalOf(counts: CategoryCount[]): Progress {
  return counts.reduce(
    (sum, count) => ({
      total: sum.total + count.total,
      considered: sum.considered + count.considered,
      overdue: sum.overdue + count.overdue,
    }),
    { total: 0, considered: 0, overdue: 0 },
  );
}

function groupByCategory<T extends { option: { category: string } }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.option.category, [...(groups.get(item.option.category) ?? []), item]);
  return [...groups.entries()];
}

export const HISTORY_PAGE_SIZE = 20;

/**
 * Level changes that touched a site (its own overrides and every force-wide change), or with no
 * site the whole force's, newest first, a page at a time.
 */
export async function readLevelHistory(
  user: CurrentUser,
  siteId: string | null,
  { page = 1, pageSize = HISTORY_PAGE_SIZE }: { page?: number; pageSize?: number } = {},
) {
  if (siteId) uuidOrNotFound(siteId, NO_SUCH_SITE);
  requireLevelHistoryAccess(user, siteId);
  const where = siteId ? { OR: [{ siteId }, { scope: "FORCE" as const }] } : {};
  const [rows, total] = await Promise.all([
    db.levelChange.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        scope: true,
        kind: true,
        fromLevel: true,
        toLevel: true,
        reason: true,
        expiresAt: true,
        occurredAt: true,
        site: { select: { code: true, name: true } },
        actor: { select: { displayName: true } },
        apiToken: { select: { name: true } },
      },
    }),
    db.levelChange.count({ where }),
  ]);
  return {
    items: rows.map(({ actor, apiToken, ...row }) => ({
      ...row,
      actorName: actor?.displayName ?? (apiToken ? `API token "${apiToken.name}"` : "System"),
    })),
    page,
    pageSize,
    total,
  };
}

/** `GET /api/sites/{id}/checklist`: the checklist with people as names, not records. */
export async function readSiteChecklistForApi(user: CurrentUser, siteId: string) {
  const checklist = await readSiteChecklist(user, siteId);
  return {
    site: checklist.site,
    activation: checklist.activation,
    progress: checklist.progress,
    items: checklist.items.map(({ assignee, updatedBy, ...item }) => ({
      ...item,
      assigneeName: assignee?.displayName ?? null,
      updatedByName: updatedBy?.displayName ?? null,
    })),
  };
}
