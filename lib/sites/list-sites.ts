import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { pageNumber } from "@/lib/validation";

export const ESTATE_PAGE_SIZE = 100;

export async function listSites(user: CurrentUser) {
  requirePermission(user, "sites.view");
  return db.site.findMany({
    where: { closedAt: null },
    orderBy: [{ district: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, type: true, district: true, address: true },
  });
}

export type SiteSummary = Awaited<ReturnType<typeof listSites>>[number];

type EstateQuery = { district?: string | string[]; page?: string | string[] };

/**
 * The estate page: the districts with their open sites counted, and a page of the sites of one
 * district — the reader's own unless they choose another, or all ("") — paged in the database.
 */
export async function listEstatePage(user: CurrentUser, query: EstateQuery = {}) {
  requirePermission(user, "sites.view");
  const asked = [query.district].flat()[0];
  const parsedPage = pageNumber.safeParse([query.page].flat()[0] ?? 1);
  const page = parsedPage.success ? parsedPage.data : 1;
  const [districts, home] = await Promise.all([
    db.site.groupBy({
      by: ["district"],
      where: { closedAt: null },
      _count: { _all: true },
      orderBy: { district: "asc" },
    }),
    user.homeSiteId
      ? db.site.findFirst({ where: { id: user.homeSiteId, closedAt: null }, select: { district: true } })
      : null,
  ]);
  const known = new Set(districts.map((entry) => entry.district));
  const district = asked === undefined ? (home?.district ?? "") : known.has(asked) ? asked : "";
  const where = { closedAt: null, ...(district && { district }) };
  const [items, total] = await Promise.all([
    db.site.findMany({
      where,
      orderBy: [{ district: "asc" }, { code: "asc" }],
      skip: (page - 1) * ESTATE_PAGE_SIZE,
      take: ESTATE_PAGE_SIZE,
      select: { id: true, code: true, name: true, type: true, district: true, address: true },
    }),
    db.site.count({ where }),
  ]);
  return {
    districts: districts.map((entry) => ({ district: entry.district, sites: entry._count._all })),
    district,
    items,
    page,
    pageSize: ESTATE_PAGE_SIZE,
    total,
  };
}
