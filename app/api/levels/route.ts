import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { changeResponseLevel } from "@/lib/levels/change-response-level";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const body = await readJson(request);
  return Response.json(await changeResponseLevel(user, body));
});
