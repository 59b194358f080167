import { addAlarmUnit, listAlarmUnits } from "@/lib/alarms/units";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const status = new URL(request.url).searchParams.get("status") ?? undefined;
  return Response.json({ items: await listAlarmUnits(user, { status }) });
});

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(await addAlarmUnit(user, await readJson(request)), { status: 201 });
});
