import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { csvLines, csvResponse } from "@/lib/http/csv";
import { readLevelHistory } from "@/lib/levels/read-site-checklist";

export const dynamic = "force-dynamic";

const BATCH = 1_000;

const HEADER = ["occurredAt", "scope", "siteCode", "siteName", "kind", "from", "to", "reason", "expiresAt", "by"];

/** The force's whole level history as CSV, streamed a thousand changes at a time. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  // The first batch is read before answering, so a refusal is an error status, not a broken download.
  const first = await readLevelHistory(user, null, { page: 1, pageSize: BATCH });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(csvLines([HEADER])));
        let history = first;
        for (let page = 1; ; page++) {
          if (page > 1) history = await readLevelHistory(user, null, { page, pageSize: BATCH });
          controller.enqueue(encoder.encode(csvLines(history.items.map(rowOf))));
          if (page * BATCH >= history.total) break;
        }
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return csvResponse("level-history.csv", body);
});

type Change = Awaited<ReturnType<typeof readLevelHistory>>["items"][number];

const rowOf = (change: Change) => [
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
];
