import { addAlarmUnit, pageAlarmUnits } from "@/lib/alarms/units";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { items, page, pageSize, total, counts } = await pageAlarmUnits(user, query);
  return Response.json({ items, page, pageSize, total, counts });
});

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(await addAlarmUnit(user, await readJson(request)), { status: 201 });
});
