import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";
import { updateSite } from "@/lib/sites/manage-sites";

export const dynamic = "force-dynamic";

/** Any of `{code, name, type, district, address}`. */
export const PATCH = apiRoute<RouteContext<"/api/admin/sites/[id]">>(async (request, { params }) => {
  const user = await requireUser();
  return Response.json(await updateSite(user, idParam((await params).id), await readJson(request)));
});
