import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { listDebriefs } from "@/lib/levels/debriefs";

export const dynamic = "force-dynamic";

/** Stand-down debriefs, newest first: `?status=open|submitted|all&siteId=&page=`. */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const params = new URL(request.url).searchParams;
  return Response.json(
    await listDebriefs(user, {
      status: params.get("status") ?? undefined,
      siteId: params.get("siteId") ?? undefined,
      page: params.get("page") ?? undefined,
    }),
  );
});
