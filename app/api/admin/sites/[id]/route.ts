import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";
import { closeSite } from "@/lib/sites/close-site";
import { updateSite } from "@/lib/sites/manage-sites";

export const dynamic = "force-dynamic";

/** Any of `{code, name, type, district, address}`; or `{closed: true, reason}` to close the site. */
export const PATCH = apiRoute<RouteContext<"/api/admin/sites/[id]">>(async (request, { params }) => {
  const user = await requireUser();
  const siteId = idParam((await params).id);
  const body = await readJson(request);
  const isClosing = typeof body === "object" && body !== null && "closed" in body;
  return Response.json(isClosing ? await closeSite(user, siteId, body) : await updateSite(user, siteId, body));
});
