import { consultPersonalData } from "@/lib/alarms/read-alarm";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

/** Opens a request's personal data with a justification `{reason}`, which is logged (s62). */
export const POST = apiRoute<RouteContext<"/api/alarms/[id]/consultations">>(async (request, { params }) => {
  const user = await requireUser();
  const id = idParam((await params).id);
  return Response.json(await consultPersonalData(user, id, await readJson(request)), { status: 201 });
});
