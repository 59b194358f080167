import { getSessionId, requirePermission, requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { eventAudience } from "@/lib/live/event-audience";
import { eventHub, type LiveEvent } from "@/lib/live/event-hub";
import { streamSessions } from "@/lib/live/stream-sessions";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

/** Encoded once per batch and audience, however many streams of that audience this server holds. */
const encodedBatches = new WeakMap<LiveEvent[], Map<string, Uint8Array | null>>();

/**
 * Ids and types only, of the events the reader's pages are about (lib/live/event-audience.ts):
 * each page refetches what its user may see (docs/decisions/007-live-updates.md). Nothing is sent
 * for a batch with nothing for this reader: a reconnect replays what was missed, filtered the same way.
 */
function changeMessage(events: LiveEvent[], audience: Audience): Uint8Array | null {
  const byAudience = encodedBatches.get(events) ?? new Map<string, Uint8Array | null>();
  encodedBatches.set(events, byAudience);
  let encoded = byAudience.get(audience.key);
  if (encoded === undefined) {
    const data = events.filter(audience.hears).map(({ type, siteId }) => ({ type, siteId }));
    const id = `id: ${events[events.length - 1].id}\n`;
    encoded = data.length ? encoder.encode(`${id}event: change\ndata: ${JSON.stringify(data)}\n\n`) : null;
    byAudience.set(audience.key, encoded);
  }
  return encoded;
}

type Audience = { key: string; hears: ReturnType<typeof eventAudience> };

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  requirePermission(user, "posture.view");
  const sessionId = await getSessionId();
  // Readers with the same roles and sites hear the same events: one encoding serves them all.
  const audience: Audience = {
    key: `${[...user.roles].sort().join()}|${user.homeSiteId}|${[...user.ledSiteIds].sort().join()}`,
    hears: eventAudience(user),
  };
  const hub = eventHub();
  await hub.start();
  const lastEventId = request.headers.get("last-event-id");
  let stop = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: string | Uint8Array | null) => {
        if (message === null) return;
        try {
          controller.enqueue(typeof message === "string" ? encoder.encode(message) : message);
        } catch {
          stop();
        }
      };
      const unsubscribe = hub.subscribe((events) => send(changeMessage(events, audience)));
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
        if (missed.length) send(changeMessage(missed, audience));
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
