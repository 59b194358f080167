import { listAlarmRequests } from "@/lib/alarms/list-alarms";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(await requestAlarm(user, await readJson(request)), { status: 201 });
});

/**
 * `?status=&page=&pageSize=` → `{items, page, pageSize, total}`, oldest first. Scoped to the
 * caller: officers their own, installers their work, approvers all. Facts only.
 */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listAlarmRequests(user, { ...query, status: query.status || undefined }));
});
