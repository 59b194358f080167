import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { csvResponse, toCsv } from "@/lib/http/csv";
import { readLevelHistory } from "@/lib/levels/read-site-checklist";

export const dynamic = "force-dynamic";

/** The force's level history as CSV. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  const history = await readLevelHistory(user, null, 10_000);
  const rows = history.map((change) => [
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
  const header = ["occurredAt", "scope", "siteCode", "siteName", "kind", "from", "to", "reason", "expiresAt", "by"];
  return csvResponse("level-history.csv", toCsv(header, rows));
});
