import { moveAlarmUnit } from "@/lib/alarms/unit-custody";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

/** `{to, note}`: a unit repaired, lost, found or retired, under the same 403/409/422 rules as requests. */
export const POST = apiRoute<RouteContext<"/api/alarm-units/[id]/moves">>(async (request, { params }) => {
  const user = await requireUser();
  const id = idParam((await params).id);
  return Response.json(await moveAlarmUnit(user, id, await readJson(request)), { status: 201 });
});
