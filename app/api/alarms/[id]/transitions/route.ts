import { transitionAlarmRequest } from "@/lib/alarms/transition-alarm";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

export const POST = apiRoute<RouteContext<"/api/alarms/[id]/transitions">>(async (request, { params }) => {
  const user = await requireUser();
  const id = idParam((await params).id);
  return Response.json(await transitionAlarmRequest(user, id, await readJson(request)));
});
