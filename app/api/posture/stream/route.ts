import { getSessionId, requirePermission, requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { FORCE_WIDE_SPREAD_MS } from "@/components/refresh-delay";
import { readSiteLevelForStaff } from "@/lib/levels/read-staff-posture";
import { changesStaffPosture, eventAudience } from "@/lib/live/event-audience";
import { processSingleton } from "@/lib/process-singleton";
import { eventHub, type LiveEvent } from "@/lib/live/event-hub";
import { streamSessions } from "@/lib/live/stream-sessions";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

/** Encoded once per batch and audience, however many streams of that audience this server holds. */
const encodedBatches = new WeakMap<LiveEvent[], Map<string, Promise<Uint8Array | null>>>();

/** The refetches this server asks of its pages after a force-wide change: about 250 a second. */
const REFETCHES_PER_SECOND = 250;
const openStreams = () => processSingleton("openPostureStreams", () => ({ count: 0 }));
const spreadMs = () => Math.max(FORCE_WIDE_SPREAD_MS, Math.round((openStreams().count / REFETCHES_PER_SECOND) * 1000));

/**
 * Ids and types of the events the reader's pages are about (lib/live/event-audience.ts): each page
 * refetches what its user may see (docs/decisions/007-live-updates.md). When the reader's own site
 * may have changed level, a "level" message names it first, so a staff page shows the new level at
 * once however long its refetch is spread. Nothing is sent for a batch with nothing for this
 * reader: a reconnect replays what was missed, filtered the same way.
 */
function changeMessage(events: LiveEvent[], audience: Audience): Promise<Uint8Array | null> {
  const byAudience = encodedBatches.get(events) ?? new Map<string, Promise<Uint8Array | null>>();
  encodedBatches.set(events, byAudience);
  let encoded = byAudience.get(audience.key);
  if (encoded === undefined) {
    encoded = encodeChange(events, audience);
    byAudience.set(audience.key, encoded);
  }
  return encoded;
}

async function encodeChange(events: LiveEvent[], audience: Audience): Promise<Uint8Array | null> {
  const data = events.filter(audience.hears).map(({ type, siteId }) => ({ type, siteId }));
  if (!data.length) return null;
  const id = `id: ${events[events.length - 1].id}\n`;
  const homeSiteId = audience.homeSiteId;
  const level =
    homeSiteId && events.some((event) => changesStaffPosture(event, homeSiteId))
      ? await readSiteLevelForStaff(homeSiteId).catch(() => null)
      : null;
  const levelMessage = level ? `event: level\ndata: ${JSON.stringify(level)}\n\n` : "";
  return encoder.encode(`${levelMessage}${id}event: change\ndata: ${JSON.stringify(data)}\n\n`);
}

type Audience = { key: string; homeSiteId: string | null; hears: ReturnType<typeof eventAudience> };

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  requirePermission(user, "posture.view");
  const sessionId = await getSessionId();
  // Readers with the same roles and sites hear the same events: one encoding serves them all.
  const audience: Audience = {
    key: `${[...user.roles].sort().join()}|${user.homeSiteId}|${[...user.ledSiteIds].sort().join()}`,
    homeSiteId: user.homeSiteId,
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
      // Messages leave in the order their batches came, though one may wait on a read.
      let sent = Promise.resolve();
      const sendChange = (events: LiveEvent[]) => {
        sent = sent.then(() => changeMessage(events, audience).then(send));
        return sent;
      };
      const unsubscribe = hub.subscribe((events) => void sendChange(events));
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
      openStreams().count++;
      let isStopped = false;
      stop = () => {
        if (!isStopped) openStreams().count--;
        isStopped = true;
        unsubscribe();
        unwatch();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener("abort", close);
      send(`retry: 2000\nid: ${hub.lastSeenId ?? "0"}\nevent: ready\ndata: ${JSON.stringify({ spreadMs: spreadMs() })}\n\n`);
      // A client that reconnects names the last event it saw: send what it missed meanwhile.
      if (lastEventId && /^\d{1,19}$/.test(lastEventId)) {
        const missed = await hub.eventsAfter(lastEventId);
        if (missed.length) await sendChange(missed);
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
