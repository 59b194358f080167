import "server-only";
import { z } from "zod";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/http/params";

export const subscribeSchema = z.object({ siteId: z.uuid("Choose a site") });

/** The sites whose posture changes a user is emailed about besides their own. */
export async function listSubscriptions(user: CurrentUser) {
  requirePermission(user, "sites.view");
  const rows = await db.subscription.findMany({
    where: { userId: user.id },
    orderBy: { site: { code: "asc" } },
    select: { createdAt: true, site: { select: { id: true, code: true, name: true } } },
  });
  return {
    items: rows.map((row) => ({ siteId: row.site.id, code: row.site.code, name: row.site.name, since: row.createdAt })),
  };
}

/** Anyone may follow any site's level (the estate's levels are known to all staff); 201, or 200 if already. */
export async function subscribe(user: CurrentUser, input: unknown) {
  requirePermission(user, "sites.view");
  const { siteId } = parseInput(subscribeSchema, input);
  const site = await db.site.findFirst({ where: { id: siteId, closedAt: null }, select: { id: true } });
  if (!site) throw new AppError("VALIDATION", "Choose an open site", { siteId: ["Choose an open site"] });
  const { count } = await db.subscription.createMany({ data: [{ userId: user.id, siteId }], skipDuplicates: true });
  return { created: count > 0, siteId };
}

export async function unsubscribe(user: CurrentUser, siteId: string) {
  requirePermission(user, "sites.view");
  uuidOrNotFound(siteId, "You do not follow that site.");
  const { count } = await db.subscription.deleteMany({ where: { userId: user.id, siteId } });
  if (count === 0) throw new AppError("NOT_FOUND", "You do not follow that site.");
}

const districtSchema = z.object({
  district: z.string({ error: "Choose a district" }).trim().min(1, "Choose a district").max(100),
});

/** A commander follows a whole district: every site in it, as it stands today. */
export async function subscribeToDistrict(user: CurrentUser, input: unknown) {
  requirePermission(user, "sites.view");
  const { district } = parseInput(districtSchema, input);
  const sites = await db.site.findMany({ where: { district, closedAt: null }, select: { id: true } });
  if (sites.length === 0)
    throw new AppError("VALIDATION", "Choose a district that exists", { district: ["Choose a district that exists"] });
  const { count } = await db.subscription.createMany({
    data: sites.map((site) => ({ userId: user.id, siteId: site.id })),
    skipDuplicates: true,
  });
  return { added: count, sites: sites.length };
}
