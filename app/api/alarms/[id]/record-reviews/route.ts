import { decideRecordReview } from "@/lib/alarms/records-review";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";

/** `{decision: "RETAIN"|"DISPOSE", reason?, nextReviewAt?}`: the MoPI review of a finished request's record. */
export const POST = apiRoute<RouteContext<"/api/alarms/[id]/record-reviews">>(async (request, { params }) => {
  const user = await requireUser();
  const id = idParam((await params).id);
  return Response.json(await decideRecordReview(user, id, await readJson(request)), { status: 201 });
});
