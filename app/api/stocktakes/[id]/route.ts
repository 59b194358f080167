import { readStocktake } from "@/lib/alarms/unit-custody";
import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

/** The count so far: tags found, units missing from the store, tags not expected there. */
export const GET = apiRoute<RouteContext<"/api/stocktakes/[id]">>(async (_request, { params }) => {
  const user = await requireUser();
  return Response.json(await readStocktake(user, idParam((await params).id)));
});
