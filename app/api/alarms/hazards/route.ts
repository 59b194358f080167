import { searchHazardMarkers } from "@/lib/alarms/hazards";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json({
    items: await searchHazardMarkers(user, { q: new URL(request.url).searchParams.get("q") ?? "" }),
  });
});

/** `POST /api/alarms/hazards` `{q}`: the same check with the address out of the URL (and so out of logs). */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json({ items: await searchHazardMarkers(user, await readJson(request)) });
});
