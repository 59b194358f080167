import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { SiteType } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { uuidOrNotFound } from "@/lib/http/params";
import { applyEffectiveLevels } from "@/lib/levels/apply-effective-levels";
import { LONG_TRANSACTION, lockForceLevel } from "@/lib/levels/level-state";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";
import { pageNumber } from "@/lib/validation";

export const SITES_PAGE_SIZE = 25;
export const SITE_TYPE_LABEL: Record<SiteType, string> = {
  HEADQUARTERS: "Headquarters",
  POLICE_STATION: "Police station",
  CUSTODY_SUITE: "Custody suite",
  TRAINING_CENTRE: "Training centre",
  VEHICLE_DEPOT: "Vehicle depot",
};

const text = (label: string, max: number) =>
  z
    .string({ error: `Give the ${label}` })
    .trim()
    .min(2, `Give the ${label}: at least 2 characters`)
    .max(max, `Keep the ${label} under ${max} characters`);

export const siteSchema = z.object({
  code: z
    .string({ error: "Give the site code" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,12}$/, "Give the site code as 2 to 12 letters, digits or hyphens, like CEN07"),
  name: text("name", 120),
  type: z.enum(SiteType, { error: "Choose the type of site" }),
  district: text("district", 60),
  address: text("address", 300),
});

export const siteListSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageNumber.catch(1).default(1),
});

/** `GET /api/admin/sites?q=&page=`: every site, by district and code, a page at a time. */
export async function listSitesForAdmin(user: CurrentUser, input: unknown = {}) {
  requirePermission(user, "site.manage");
  const { q, page } = parseInput(siteListSchema, input);
  const where: Prisma.SiteWhereInput = q
    ? {
        OR: [
          { code: { contains: q, mode: "insensitive" } },
          { name: { contains: q, mode: "insensitive" } },
          { district: { contains: q, mode: "insensitive" } },
        ],
      }
    : {};
  const [items, total] = await Promise.all([
    db.site.findMany({
      where,
      orderBy: [{ district: "asc" }, { code: "asc" }],
      skip: (page - 1) * SITES_PAGE_SIZE,
      take: SITES_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        name: true,
        type: true,
        district: true,
        address: true,
        closedAt: true,
        level: { select: { effectiveLevel: true } },
      },
    }),
    db.site.count({ where }),
  ]);
  return { items, page, pageSize: SITES_PAGE_SIZE, total, q: q ?? "" };
}

const duplicateCode = (code: string) =>
  new AppError("CONFLICT", `There is already a site ${code}`, { code: [`There is already a site ${code}`] });

/**
 * `POST /api/admin/sites`: a new site joins the force level at once, with its checklist (its
 * baseline opens with it; a raised force raises it and opens the raised items), in one transaction.
 */
export async function createSite(user: CurrentUser, input: unknown, now = new Date()) {
  requirePermission(user, "site.manage");
  const site = parseInput(siteSchema, input);
  if (await db.site.findUnique({ where: { code: site.code }, select: { id: true } })) throw duplicateCode(site.code);
  return commitPostureChange(async (tx) => {
    const force = await lockForceLevel(tx, "share");
    const created = await tx.site.create({ data: site, select: { id: true, code: true, name: true } });
    await applyEffectiveLevels(tx, force.level, now, created.id);
    await recordAuditEvent(tx, {
      type: "site.created",
      actorId: user.id,
      entityType: "Site",
      entityId: created.id,
      payload: { ...site, level: force.level },
    });
    await recordPostureEvent(tx, "site", created.id);
    return { ...created, level: force.level };
  }, LONG_TRANSACTION);
}

/** `PATCH /api/admin/sites/{id}`: any of code, name, type, district and address, audited field by field. */
export async function updateSite(user: CurrentUser, siteId: string, input: unknown) {
  requirePermission(user, "site.manage");
  uuidOrNotFound(siteId, "That site does not exist.");
  const changes = parseInput(siteSchema.partial(), input);
  const current = await db.site.findUnique({
    where: { id: siteId },
    select: { code: true, name: true, type: true, district: true, address: true },
  });
  if (!current) throw new AppError("NOT_FOUND", "That site does not exist.");
  const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter(
    (field) => changes[field] !== undefined && changes[field] !== current[field],
  );
  if (changes.code && changes.code !== current.code && (await db.site.findUnique({ where: { code: changes.code } })))
    throw duplicateCode(changes.code);
  return db.$transaction(async (tx) => {
    const updated = await tx.site.update({
      where: { id: siteId },
      data: changes,
      select: { id: true, code: true, name: true, type: true, district: true, address: true },
    });
    if (changed.length)
      await recordAuditEvent(tx, {
        type: "site.updated",
        actorId: user.id,
        entityType: "Site",
        entityId: siteId,
        payload: Object.fromEntries(changed.map((field) => [field, { from: current[field], to: changes[field]! }])),
      });
    // A new site type may change which options apply: that takes effect at its next level change.
    return updated;
  });
}

/** One site, for its edit page. */
export async function readSiteForAdmin(user: CurrentUser, siteId: string) {
  requirePermission(user, "site.manage");
  uuidOrNotFound(siteId, "That site does not exist.");
  const site = await db.site.findUnique({
    where: { id: siteId },
    select: { id: true, code: true, name: true, type: true, district: true, address: true, closedAt: true },
  });
  if (!site) throw new AppError("NOT_FOUND", "That site does not exist.");
  return site;
}
