import { auditFilterInput } from "@/lib/audit/audit-filter";
import { exportAuditEvents, listAuditEvents } from "@/lib/audit/list-audit-events";
import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { csvLines, csvResponse } from "@/lib/http/csv";

export const dynamic = "force-dynamic";

const CSV_HEADER = ["occurredAt", "by", "type", "description", "recordType", "recordId", "payload"];

/**
 * `GET /api/audit?type=&who=&entity=&from=&to=&page=`: the audit log, newest first, 50 a page.
 * `&format=csv`: every event the filter picks, streamed in batches.
 */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const input = auditFilterInput(query);
  if (query.format !== "csv") return Response.json(await listAuditEvents(user, input));

  const batches = exportAuditEvents(user, input);
  // The first batch is read before answering, so a refused filter is a 422, not a broken download.
  const first = await batches.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(csvLines([CSV_HEADER])));
        if (!first.done) controller.enqueue(encoder.encode(rowsOf(first.value)));
        for await (const batch of batches) controller.enqueue(encoder.encode(rowsOf(batch)));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return csvResponse("audit-log.csv", body);
});

type Described = Awaited<ReturnType<typeof listAuditEvents>>["items"];

function rowsOf(events: Described) {
  return csvLines(
    events.map((event) => [
      event.occurredAt,
      event.actorName,
      event.type,
      event.description,
      event.entityType,
      event.entityId,
      JSON.stringify(event.payload),
    ]),
  );
}
