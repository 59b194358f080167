import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uuidOrNotFound } from "@/lib/http/params";
import { activationFigures } from "@/lib/levels/activation-figures";
import { can } from "@/lib/auth/permissions";
import { checklistScope, requireChecklistAccess, seesAnyChecklist } from "@/lib/levels/access";
import { pageNumber, wholeNumber } from "@/lib/validation";

export const DEBRIEF_PAGE_SIZE = 20;
export type NotImplementedOption = { code: string; title: string; reason: string };

/**
 * Opens a debrief for each raised activation that stood down, inside the caller's transaction:
 * options not implemented pre-filled with their rationales, officer-hours and cost with what the
 * options' figures say was spent over the days at level.
 */
export async function openDebriefs(tx: Tx, activationIds: string[], now: Date) {
  const [figures, notImplemented] = await Promise.all([
    activationFigures(activationIds, now, tx),
    tx.checklistItem.findMany({
      where: { activationId: { in: activationIds }, status: "NOT_IMPLEMENTED" },
      select: { activationId: true, rationale: true, option: { select: { code: true, title: true } } },
      orderBy: { option: { code: "asc" } },
    }),
  ]);
  await tx.debrief.createMany({
    data: activationIds.map((activationId) => ({
      activationId,
      openedAt: now,
      notImplemented: notImplemented
        .filter((item) => item.activationId === activationId)
        .map((item) => ({ ...item.option, reason: item.rationale ?? "" })),
      officerHours: figures.get(activationId)?.officerHours ?? 0,
      cost: figures.get(activationId)?.cost ?? 0,
    })),
  });
}

const text = (label: string) =>
  z
    .string({ error: `Say ${label}` })
    .trim()
    .min(3, `Say ${label}: at least 3 characters`)
    .max(4000, `Keep what ${label.replace(/^what /, "")} under 4,000 characters`);

const officerHours = z
  .union(
    [
      z.number(),
      z
        .string()
        .trim()
        .regex(/^\d+(\.\d)?$/)
        .transform(Number),
    ],
    {
      error: "Give the officer-hours as a number, to one decimal place",
    },
  )
  .pipe(z.number().min(0).max(10_000_000, "Give the officer-hours as a number, to one decimal place"));

export const debriefSchema = z.object({
  whatWorked: text("what worked"),
  whatDidNot: text("what did not work"),
  notImplemented: z
    .array(
      z.object({
        code: z.string({ error: "Name the option" }).trim().min(1, "Name the option").max(20),
        reason: z
          .string({ error: "Say why it was not implemented" })
          .trim()
          .max(2000, "Keep the reason under 2,000 characters"),
      }),
      { error: "List the options not implemented" },
    )
    .max(500)
    .default([]),
  officerHours,
  cost: wholeNumber("Give the cost in whole pounds"),
  expectedVersion: wholeNumber("The version the debrief is based on is missing"),
});

const DEBRIEF_SELECT = {
  id: true,
  openedAt: true,
  whatWorked: true,
  whatDidNot: true,
  notImplemented: true,
  officerHours: true,
  cost: true,
  submittedAt: true,
  version: true,
  submittedBy: { select: { displayName: true } },
  activation: {
    select: {
      id: true,
      level: true,
      openedAt: true,
      closedAt: true,
      site: { select: { id: true, code: true, name: true } },
    },
  },
} satisfies Prisma.DebriefSelect;

/** Commanders see every site's debriefs; a site lead those of the sites they lead. */
function debriefScope(user: CurrentUser): Prisma.DebriefWhereInput {
  if (can(user.roles, "checklist.view.all")) return {};
  if (user.ledSiteIds.length === 0) throw new AppError("FORBIDDEN", "You may not see debriefs.");
  return { activation: { siteId: { in: user.ledSiteIds } } };
}

export const debriefListSchema = z.object({
  status: z.enum(["open", "submitted", "all"], { error: "Choose open, submitted or all" }).catch("all").default("all"),
  siteId: z.uuid({ error: "That site does not exist" }).optional(),
  page: pageNumber.catch(1).default(1),
});

/** `GET /api/debriefs?status=open|submitted|all&siteId=&page=`: newest first, commanders every site, leads theirs. */
export async function listDebriefs(user: CurrentUser, input: unknown = {}) {
  if (!seesAnyChecklist(user)) throw new AppError("FORBIDDEN", "You may not see debriefs.");
  const { status, siteId, page } = parseInput(debriefListSchema, input);
  const where: Prisma.DebriefWhereInput = {
    AND: [
      debriefScope(user),
      siteId ? { activation: { siteId } } : {},
      status === "open" ? { submittedAt: null } : status === "submitted" ? { submittedAt: { not: null } } : {},
    ],
  };
  const [items, total] = await Promise.all([
    db.debrief.findMany({
      where,
      orderBy: [{ openedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * DEBRIEF_PAGE_SIZE,
      take: DEBRIEF_PAGE_SIZE,
      select: DEBRIEF_SELECT,
    }),
    db.debrief.count({ where }),
  ]);
  return { items: items.map(publicDebrief), page, pageSize: DEBRIEF_PAGE_SIZE, total, status };
}

/** `GET /api/debriefs/{id}`: the debrief with the figures measured from its checklist. */
export async function readDebrief(user: CurrentUser, debriefId: string, now = new Date()) {
  if (!seesAnyChecklist(user)) throw new AppError("FORBIDDEN", "You may not see debriefs.");
  uuidOrNotFound(debriefId, "That debrief does not exist.");
  const debrief = await db.debrief.findUnique({ where: { id: debriefId }, select: DEBRIEF_SELECT });
  if (!debrief) throw new AppError("NOT_FOUND", "That debrief does not exist.");
  requireChecklistAccess(user, debrief.activation.site.id, "view");
  const figures = (await activationFigures([debrief.activation.id], now)).get(debrief.activation.id)!;
  return {
    ...publicDebrief(debrief),
    figures,
    mayWrite: checklistScope(user, "work")(debrief.activation.site.id),
  };
}

/** `PUT /api/debriefs/{id}`: the site lead's or a commander's findings; may be revised, each time audited. */
export async function submitDebrief(user: CurrentUser, debriefId: string, input: unknown, now = new Date()) {
  if (!seesAnyChecklist(user)) throw new AppError("FORBIDDEN", "You may not write debriefs.");
  uuidOrNotFound(debriefId, "That debrief does not exist.");
  const found = await db.debrief.findUnique({
    where: { id: debriefId },
    select: { activation: { select: { siteId: true } }, notImplemented: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "That debrief does not exist.");
  requireChecklistAccess(user, found.activation.siteId, "work");
  const findings = parseInput(debriefSchema, input);
  const known = new Map((found.notImplemented as NotImplementedOption[]).map((option) => [option.code, option]));
  const unknown = findings.notImplemented.find((option) => !known.has(option.code));
  if (unknown)
    throw new AppError("VALIDATION", `${unknown.code} was not an option left not implemented`, {
      notImplemented: [`${unknown.code} was not an option left not implemented`],
    });
  const reasons = new Map(findings.notImplemented.map((option) => [option.code, option.reason]));
  const notImplemented = [...known.values()].map((option) => ({
    ...option,
    reason: reasons.get(option.code) ?? option.reason,
  }));
  return db.$transaction(async (tx) => {
    const { count } = await tx.debrief.updateMany({
      where: { id: debriefId, version: findings.expectedVersion },
      data: {
        whatWorked: findings.whatWorked,
        whatDidNot: findings.whatDidNot,
        notImplemented,
        officerHours: findings.officerHours,
        cost: findings.cost,
        submittedAt: now,
        submittedById: user.id,
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new AppError("CONFLICT", "Someone else saved this debrief after you opened it. Check it and try again.");
    await recordAuditEvent(tx, {
      type: "debrief.submitted",
      actorId: user.id,
      entityType: "Debrief",
      entityId: debriefId,
      payload: { siteId: found.activation.siteId, officerHours: findings.officerHours, cost: findings.cost },
    });
    return publicDebrief((await tx.debrief.findUnique({ where: { id: debriefId }, select: DEBRIEF_SELECT }))!);
  });
}

type SelectedDebrief = Prisma.DebriefGetPayload<{ select: typeof DEBRIEF_SELECT }>;

function publicDebrief(debrief: SelectedDebrief) {
  const { activation, submittedBy, officerHours, notImplemented, ...rest } = debrief;
  return {
    ...rest,
    officerHours: officerHours === null ? null : Number(officerHours),
    notImplemented: notImplemented as NotImplementedOption[],
    submittedBy: submittedBy?.displayName ?? null,
    site: activation.site,
    activation: {
      id: activation.id,
      level: activation.level,
      openedAt: activation.openedAt,
      closedAt: activation.closedAt,
    },
  };
}
