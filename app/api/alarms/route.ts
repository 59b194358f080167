import { listAlarmFactsForSystem, listAlarmRequests } from "@/lib/alarms/list-alarms";
import { asPersonOrSystem } from "@/lib/api-tokens/bearer";
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
 * caller: officers their own, installers their work, approvers all; a system with an API token
 * (alarms:read) all. Facts only.
 */
export const GET = apiRoute(async (request) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const input = { ...query, status: query.status || undefined };
  return Response.json(
    await asPersonOrSystem(
      request,
      "alarms:read",
      (user) => listAlarmRequests(user, input),
      () => listAlarmFactsForSystem(input),
    ),
  );
});
