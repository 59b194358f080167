import { listAlarmRequests } from "@/lib/alarms/list-alarms";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(await requestAlarm(user, await readJson(request)), { status: 201 });
});

/** Scoped to the caller: officers their own, installers their work, approvers all. Facts only. */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const status = new URL(request.url).searchParams.get("status") || undefined;
  return Response.json({ items: await listAlarmRequests(user, { status }) });
});
