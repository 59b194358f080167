import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { idParam } from "@/lib/http/params";
import { readSiteLog, writeSiteLogEntry } from "@/lib/sites/site-log";

export const dynamic = "force-dynamic";

/** The site log, newest first: `?page=`. */
export const GET = apiRoute<RouteContext<"/api/sites/[id]/log">>(async (request, { params }) => {
  const user = await requireUser();
  const page = new URL(request.url).searchParams.get("page") ?? undefined;
  return Response.json(await readSiteLog(user, idParam((await params).id), { page }));
});

/** `{kind: "EVENT"|"DECISION", summary, occurredAt?, information?, assessment?, powersAndPolicy?, options?, action?, review?}`. */
export const POST = apiRoute<RouteContext<"/api/sites/[id]/log">>(async (request, { params }) => {
  const user = await requireUser();
  const id = idParam((await params).id);
  return Response.json(await writeSiteLogEntry(user, id, await readJson(request)), { status: 201 });
});
