import { recordDisclosure } from "@/lib/alarms/disclosures";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

/** `{recipient, organisation, lawfulBasis, details, disclosedAt}`: personal data disclosed outside the app (s62). */
export const POST = apiRoute<RouteContext<"/api/alarms/[id]/disclosures">>(async (request, { params }) => {
  const user = await requireUser();
  const id = idParam((await params).id);
  return Response.json(await recordDisclosure(user, id, await readJson(request)), { status: 201 });
});
