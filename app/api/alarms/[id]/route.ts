import { readAlarmRequest } from "@/lib/alarms/read-alarm";
import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

/** Personal data of someone else's request only with `?reason=`: the justification is logged. */
export const GET = apiRoute<RouteContext<"/api/alarms/[id]">>(async (request, { params }) => {
  const user = await requireUser();
  const reason = new URL(request.url).searchParams.get("reason");
  return Response.json(await readAlarmRequest(user, idParam((await params).id), reason));
});
