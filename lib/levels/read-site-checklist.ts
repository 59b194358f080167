import "server-only";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checklistProgress, isItemOverdue } from "@/lib/levels/checklist-rules";
import { checklistScope, readPosture } from "@/lib/levels/read-posture";

/** Throws unless the user may view (or work) the checklist of this site. */
export function requireChecklistAccess(user: CurrentUser, siteId: string, mode: "view" | "work" = "view") {
  if (!checklistScope(user, mode)(siteId)) {
    throw new AppError("FORBIDDEN", mode === "view" ? "You may not see this site's checklist." : "You may not work this site's checklist.");
  }
}

/** Who may be given a site's checklist item: its own people, or a commander. */
export function assignableUsers(siteId: string) {
  return { active: true, OR: [{ homeSiteId: siteId }, { roles: { has: "COMMANDER" as const } }] };
}

/** A site's page: its level and since when, its open checklist by category, and its history. */
export async function readSiteChecklist(user: CurrentUser, siteId: string, now = new Date()) {
  requireChecklistAccess(user, siteId);
  const [posture, activation, history, assignees] = await Promise.all([
    readPosture(user, now, siteId),
    db.activation.findFirst({
      where: { siteId, closedAt: null },
      select: {
        id: true, level: true, openedAt: true,
        policyVersion: { select: { reference: true, version: true } },
        items: {
          orderBy: [{ option: { category: "asc" } }, { option: { code: "asc" } }],
          select: {
            id: true, level: true, status: true, rationale: true, dueAt: true, updatedAt: true, assigneeId: true, version: true,
            assignee: { select: { displayName: true } },
            updatedBy: { select: { displayName: true } },
            option: { select: { code: true, title: true, guidance: true, category: true, visibility: true, ownerRole: true, officerHoursPerDay: true, costPerDay: true } },
          },
        },
      },
    }),
    readLevelHistory(siteId),
    db.user.findMany({
      where: assignableUsers(siteId),
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
    }),
  ]);
  const site = posture.sites.find((candidate) => candidate.id === siteId);
  if (!site) throw new AppError("NOT_FOUND", "That site does not exist.");
  const items = (activation?.items ?? []).map((item) => ({
    ...item,
    option: { ...item.option, officerHoursPerDay: Number(item.option.officerHoursPerDay) },
    isOverdue: isItemOverdue(item, now),
  }));
  return {
    site,
    force: posture.force,
    activation: activation && { id: activation.id, level: activation.level, openedAt: activation.openedAt, policy: activation.policyVersion },
    items,
    progress: checklistProgress(items, now),
    categories: groupByCategory(items),
    history,
    assignees,
  };
}

function groupByCategory<T extends { option: { category: string } }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.option.category, [...(groups.get(item.option.category) ?? []), item]);
  return [...groups.entries()];
}

/** Level changes that touched a site: its own overrides and every force-wide change, newest first. */
export async function readLevelHistory(siteId: string | null, take = 200) {
  const rows = await db.levelChange.findMany({
    where: siteId ? { OR: [{ siteId }, { scope: "FORCE" }] } : {},
    orderBy: { occurredAt: "desc" },
    take,
    select: {
      id: true, scope: true, kind: true, fromLevel: true, toLevel: true, reason: true, expiresAt: true, occurredAt: true,
      site: { select: { code: true, name: true } },
      actor: { select: { displayName: true } },
    },
  });
  return rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.displayName ?? "System" }));
}

export async function readSiteChecklistForApi(siteId: string) {
  const user = await requireUser();
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
