import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { reviewResponseLevel } from "@/lib/levels/review-response-level";

/** `{scope, siteId?, decision: "MAINTAIN"|"CHANGE", level?, reviewBy?, reason, expectedVersion}`: the posture after the review. */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(await reviewResponseLevel(user, await readJson(request)));
});
