import { listRecordReviews } from "@/lib/alarms/records-review";
import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** `GET /api/alarms/record-reviews?page=`: the records-review queue, facts only. */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(
    await listRecordReviews(user, { page: new URL(request.url).searchParams.get("page") ?? undefined }),
  );
});
