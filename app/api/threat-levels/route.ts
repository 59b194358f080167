import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { recordThreatLevel } from "@/lib/levels/record-threat-level";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const body = await readJson(request);
  return Response.json(await recordThreatLevel(user, body), { status: 201 });
});
