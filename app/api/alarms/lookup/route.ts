import { lookUpAlarm } from "@/lib/alarms/call-lookup";
import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";

/** `POST /api/alarms/lookup` `{q, reason?}`: the control room finds a live alarm at call time; each record shown is logged. */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(await lookUpAlarm(user, await readJson(request)));
});
