import { recordAlarmCall } from "@/lib/alarms/record-alarm-call";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

export const POST = apiRoute<RouteContext<"/api/alarms/[id]/calls">>(async (request, { params }) => {
  const user = await requireUser();
  const id = idParam((await params).id);
  return Response.json(await recordAlarmCall(user, id, await readJson(request)), { status: 201 });
});
