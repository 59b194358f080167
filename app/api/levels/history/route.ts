import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { csvResponse, toCsv } from "@/lib/http/csv";
import { readLevelHistory } from "@/lib/levels/read-site-checklist";

export const dynamic = "force-dynamic";

const BATCH = 1_000;

/** The force's whole level history as CSV, read a thousand changes at a time. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  const rows: unknown[][] = [];
  for (let page = 1; ; page++) {
    const history = await readLevelHistory(user, null, { page, pageSize: BATCH });
    for (const change of history.items) {
      rows.push([
        change.occurredAt,
        change.scope,
        change.site?.code ?? "",
        change.site?.name ?? "",
        change.kind,
        change.fromLevel,
        change.toLevel,
        change.reason,
        change.expiresAt,
        change.actorName,
      ]);
    }
    if (page * BATCH >= history.total) break;
  }
  const header = ["occurredAt", "scope", "siteCode", "siteName", "kind", "from", "to", "reason", "expiresAt", "by"];
  return csvResponse("level-history.csv", toCsv(header, rows));
});
