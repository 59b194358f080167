import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/http/params";
import { requireChecklistAccess, seesAnyChecklist } from "@/lib/levels/access";
import { optionalDateTime, pageNumber } from "@/lib/validation";

export const SITE_LOG_PAGE_SIZE = 20;
/** The National Decision Model's parts, in its order: each a field of a decision entry. */
export const NDM_FIELDS = ["information", "assessment", "powersAndPolicy", "options", "action", "review"] as const;
export const NDM_LABEL: Record<(typeof NDM_FIELDS)[number], string> = {
  information: "Information: what is known",
  assessment: "Assessment of the threat and risk",
  powersAndPolicy: "Powers and policy",
  options: "Options considered",
  action: "Action taken",
  review: "Review: when and how it will be looked at again",
};

const part = (label: string) =>
  z
    .string()
    .trim()
    .max(2000, `Keep the ${label} under 2,000 characters`)
    .optional()
    .transform((value) => value || undefined);

export const siteLogEntrySchema = z
  .object({
    kind: z.enum(["EVENT", "DECISION"], { error: "Choose a significant event or a decision" }),
    summary: z
      .string({ error: "Say what happened or what was decided" })
      .trim()
      .min(5, "Say what happened or what was decided: at least 5 characters")
      .max(500, "Keep the summary under 500 characters"),
    occurredAt: optionalDateTime("The time must be a real date and time"),
    information: part("information"),
    assessment: part("assessment"),
    powersAndPolicy: part("powers and policy"),
    options: part("options"),
    action: part("action"),
    review: part("review"),
  })
  .superRefine((entry, context) => {
    if (entry.kind !== "DECISION") return;
    // A decision records at least what was known, how it was assessed, what was done and its review.
    for (const field of ["information", "assessment", "action", "review"] as const)
      if (!entry[field])
        context.addIssue({ code: "custom", path: [field], message: `For a decision, give the ${NDM_LABEL[field]}` });
  });

export const siteLogListSchema = z.object({ page: pageNumber.catch(1).default(1) });

/** `POST /api/sites/{id}/log`: a significant event or a decision at the site, by its lead or a commander. */
export async function writeSiteLogEntry(user: CurrentUser, siteId: string, input: unknown, now = new Date()) {
  if (!seesAnyChecklist(user)) throw new AppError("FORBIDDEN", "You may not write a site's log.");
  uuidOrNotFound(siteId, "That site does not exist.");
  requireChecklistAccess(user, siteId, "work");
  const entry = parseInput(siteLogEntrySchema, input);
  const occurredAt = entry.occurredAt ?? now;
  if (occurredAt.getTime() > now.getTime() + 60_000)
    throw new AppError("VALIDATION", "The time cannot be in the future", {
      occurredAt: ["The time cannot be in the future"],
    });
  if (!(await db.site.findUnique({ where: { id: siteId }, select: { id: true } })))
    throw new AppError("NOT_FOUND", "That site does not exist.");
  const data = { ...entry, siteId, occurredAt, authorId: user.id, recordedAt: now };
  if (entry.kind === "EVENT") for (const field of NDM_FIELDS) data[field] = undefined;
  return db.$transaction(async (tx) => {
    const created = await tx.siteLogEntry.create({
      data,
      select: { id: true, kind: true, summary: true, occurredAt: true },
    });
    await recordAuditEvent(tx, {
      type: "site.logged",
      actorId: user.id,
      entityType: "Site",
      entityId: siteId,
      payload: { entryId: created.id, kind: entry.kind, summary: entry.summary },
    });
    return created;
  });
}

/** `GET /api/sites/{id}/log?page=`: the site log, newest first, a page at a time. */
export async function readSiteLog(user: CurrentUser, siteId: string, input: unknown = {}) {
  uuidOrNotFound(siteId, "That site does not exist.");
  requireChecklistAccess(user, siteId, "view");
  const { page } = parseInput(siteLogListSchema, input);
  const where = { siteId };
  const [items, total] = await Promise.all([
    db.siteLogEntry.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SITE_LOG_PAGE_SIZE,
      take: SITE_LOG_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        summary: true,
        information: true,
        assessment: true,
        powersAndPolicy: true,
        options: true,
        action: true,
        review: true,
        occurredAt: true,
        author: { select: { displayName: true } },
      },
    }),
    db.siteLogEntry.count({ where }),
  ]);
  return { items, page, pageSize: SITE_LOG_PAGE_SIZE, total };
}
