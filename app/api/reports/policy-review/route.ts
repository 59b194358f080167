import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { csvResponse } from "@/lib/http/csv";
import { policyReviewCsv } from "@/lib/reports/policy-review-csv";
import { csvTable, readPolicyReview, readReviewPeriod } from "@/lib/reports/policy-review";

export const dynamic = "force-dynamic";

/**
 * The policy's two-yearly review pack: `?from=YYYY-MM-DD&to=YYYY-MM-DD&page=` as JSON, or
 * `&format=csv` (`&table=activations|options`) as a spreadsheet.
 */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const params = new URL(request.url).searchParams;
  const input = {
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
    page: params.get("page") ?? undefined,
  };
  if (params.get("format") !== "csv") return Response.json(await readPolicyReview(user, input));
  const period = readReviewPeriod(user, input);
  const table = csvTable(params.get("table"));
  return csvResponse(`policy-review-${table}-${period.from}-to-${period.to}.csv`, await policyReviewCsv(period, table));
});
