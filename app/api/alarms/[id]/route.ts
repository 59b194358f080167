import { readAlarmRequest } from "@/lib/alarms/read-alarm";
import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

/** Facts only: personal data is opened by `POST /api/alarms/{id}/consultations`. */
export const GET = apiRoute<RouteContext<"/api/alarms/[id]">>(async (_request, { params }) => {
  const user = await requireUser();
  return Response.json(await readAlarmRequest(user, idParam((await params).id)));
});
