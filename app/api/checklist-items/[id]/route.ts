import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";
import { updateChecklistItem } from "@/lib/levels/update-checklist-item";

export const PATCH = apiRoute<RouteContext<"/api/checklist-items/[id]">>(async (request, { params }) => {
  const user = await requireUser();
  const itemId = idParam((await params).id);
  const body = await readJson(request);
  return Response.json(await updateChecklistItem(user, itemId, body));
});
