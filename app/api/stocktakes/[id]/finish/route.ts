import { finishStocktake } from "@/lib/alarms/unit-custody";
import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

/** Closes the count and keeps its result in the audit trail. */
export const POST = apiRoute<RouteContext<"/api/stocktakes/[id]/finish">>(async (_request, { params }) => {
  const user = await requireUser();
  return Response.json(await finishStocktake(user, idParam((await params).id)));
});
