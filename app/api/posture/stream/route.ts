import { getSessionId, requirePermission, requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { eventHub, type LiveEvent } from "@/lib/live/event-hub";
import { streamSessions } from "@/lib/live/stream-sessions";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

const encodedBatches = new WeakMap<LiveEvent[], Uint8Array>();

/**
 * Ids and types only: each page refetches what its user may see (docs/decisions/007-live-updates.md).
 * A batch is encoded once, however many streams this server holds.
 */
function changeMessage(events: LiveEvent[]): Uint8Array {
  let encoded = encodedBatches.get(events);
  if (!encoded) {
    // A revoked session changes nothing on a page: the stream only carries its id forward.
    const data = events.filter(({ type }) => type !== "session").map(({ type, siteId }) => ({ type, siteId }));
    const id = `id: ${events[events.length - 1].id}\n`;
    encoded = encoder.encode(
      data.length ? `${id}event: change\ndata: ${JSON.stringify(data)}\n\n` : `${id}event: idle\ndata: []\n\n`,
    );
    encodedBatches.set(events, encoded);
  }
  return encoded;
}

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  requirePermission(user, "posture.view");
  const sessionId = await getSessionId();
  const hub = eventHub();
  await hub.start();
  const lastEventId = request.headers.get("last-event-id");
  let stop = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: string | Uint8Array) => {
        try {
          controller.enqueue(typeof message === "string" ? encoder.encode(message) : message);
        } catch {
          stop();
        }
      };
      const unsubscribe = hub.subscribe((events) => send(changeMessage(events)));
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      const unwatch = sessionId ? streamSessions().watch(sessionId, () => close()) : () => {};
      const close = () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      stop = () => {
        unsubscribe();
        unwatch();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener("abort", close);
      send(`retry: 2000\nid: ${hub.lastSeenId ?? "0"}\nevent: ready\ndata: {}\n\n`);
      // A client that reconnects names the last event it saw: send what it missed meanwhile.
      if (lastEventId && /^\d{1,19}$/.test(lastEventId)) {
        const missed = await hub.eventsAfter(lastEventId);
        if (missed.length) send(changeMessage(missed));
      }
    },
    cancel() {
      stop();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: no proxy (nor Next's own compression) may buffer or compress the stream.
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
