import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";
import { readDebrief, submitDebrief } from "@/lib/levels/debriefs";

export const dynamic = "force-dynamic";

/** A debrief with the figures measured from its checklist. */
export const GET = apiRoute<RouteContext<"/api/debriefs/[id]">>(async (_request, { params }) => {
  const user = await requireUser();
  return Response.json(await readDebrief(user, idParam((await params).id)));
});

/** `{whatWorked, whatDidNot, notImplemented: [{code, reason}], officerHours, cost, expectedVersion}`. */
export const PUT = apiRoute<RouteContext<"/api/debriefs/[id]">>(async (request, { params }) => {
  const user = await requireUser();
  return Response.json(await submitDebrief(user, idParam((await params).id), await readJson(request)));
});
