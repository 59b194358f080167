import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";
import { readUserForAdmin, updateUserAsAdmin } from "@/lib/users/manage-users";

export const dynamic = "force-dynamic";

export const GET = apiRoute<RouteContext<"/api/admin/users/[id]">>(async (_request, { params }) => {
  const user = await requireUser();
  return Response.json(await readUserForAdmin(user, idParam((await params).id)));
});

/** Any of `{displayName, email, roles, homeSiteId, leadSiteIds, active}`. */
export const PATCH = apiRoute<RouteContext<"/api/admin/users/[id]">>(async (request, { params }) => {
  const user = await requireUser();
  return Response.json(await updateUserAsAdmin(user, idParam((await params).id), await readJson(request)));
});
