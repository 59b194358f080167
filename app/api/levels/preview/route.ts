import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { previewResponseLevel } from "@/lib/levels/preview-response-level";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const body = await readJson(request);
  return Response.json(await previewResponseLevel(user, body));
});
