import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function listSites(user: CurrentUser) {
  requirePermission(user, "sites.view");
  return db.site.findMany({
    where: { closedAt: null },
    orderBy: [{ district: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, type: true, district: true, address: true },
  });
}

export type SiteSummary = Awaited<ReturnType<typeof listSites>>[number];
