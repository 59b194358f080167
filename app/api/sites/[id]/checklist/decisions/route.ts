import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";
import { updateChecklistItems } from "@/lib/levels/update-checklist-items";

/** Many items marked implemented or not applicable at once: all saved, or none when any is stale. */
export const POST = apiRoute<RouteContext<"/api/sites/[id]/checklist/decisions">>(async (request, { params }) => {
  const user = await requireUser();
  const siteId = idParam((await params).id);
  return Response.json(await updateChecklistItems(user, siteId, await readJson(request)));
});
