import { scanAssetTag } from "@/lib/alarms/unit-custody";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

/** `{assetTag}`: a tag scanned or typed in the store. */
export const POST = apiRoute<RouteContext<"/api/stocktakes/[id]/scans">>(async (request, { params }) => {
  const user = await requireUser();
  const id = idParam((await params).id);
  return Response.json(await scanAssetTag(user, id, await readJson(request)), { status: 201 });
});
