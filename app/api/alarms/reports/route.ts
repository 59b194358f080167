import { readAlarmReports, reportRows } from "@/lib/alarms/reports";
import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { csvResponse, toCsv } from "@/lib/http/csv";

export const dynamic = "force-dynamic";

/** JSON, or CSV with `?format=csv`. No personal data either way. */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const reports = await readAlarmReports(user);
  if (new URL(request.url).searchParams.get("format") !== "csv") return Response.json(reports);
  return csvResponse("alarm-reports.csv", toCsv(["measure", "breakdown", "value"], reportRows(reports)));
});
