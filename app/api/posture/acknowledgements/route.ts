import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { recordAcknowledgement } from "@/lib/levels/record-acknowledgement";

/** `{}`: I have read my site's posture. `{userId, method: "IN_PERSON"}`: they were briefed in person. */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { created, acknowledgement } = await recordAcknowledgement(user, await readJson(request));
  return Response.json(acknowledgement, { status: created ? 201 : 200 });
});
