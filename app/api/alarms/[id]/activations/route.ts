import { recordActivation } from "@/lib/alarms/record-activation";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

export const POST = apiRoute<RouteContext<"/api/alarms/[id]/activations">>(async (request, { params }) => {
  const user = await requireUser();
  const id = idParam((await params).id);
  return Response.json(await recordActivation(user, id, await readJson(request)), { status: 201 });
});
