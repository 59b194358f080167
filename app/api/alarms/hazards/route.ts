import { searchHazardMarkers, searchHazardMarkersForSystem } from "@/lib/alarms/hazards";
import { asPersonOrSystem } from "@/lib/api-tokens/bearer";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** `?q=`: by a person, or by a system with an API token (hazards:read); every marker read is logged. */
export const GET = apiRoute(async (request) => {
  const input = { q: new URL(request.url).searchParams.get("q") ?? "" };
  return Response.json({
    items: await asPersonOrSystem(
      request,
      "hazards:read",
      (user) => searchHazardMarkers(user, input),
      (token) => searchHazardMarkersForSystem(token, input),
    ),
  });
});

/** `POST /api/alarms/hazards` `{q}`: the same check with the address out of the URL (and so out of logs). */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json({ items: await searchHazardMarkers(user, await readJson(request)) });
});
