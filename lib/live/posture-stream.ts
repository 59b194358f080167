import "server-only";
import { FORCE_WIDE_SPREAD_MS } from "@/components/refresh-delay";
import type { CurrentUser } from "@/lib/auth/session";
import { readSiteLevelForStaff } from "@/lib/levels/read-staff-posture";
import { changesStaffPosture, eventAudience } from "@/lib/live/event-audience";
import { eventHub, type LiveEvent } from "@/lib/live/event-hub";
import { streamSessions } from "@/lib/live/stream-sessions";
import { processSingleton } from "@/lib/process-singleton";

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

/**
 * The refetches this server asks of its pages after a force-wide change: about 50 a second, what
 * one server sustains beside its streams with room to spare (`npm run bench:live`). The level
 * itself reaches every page in the event at once; only the details wait.
 */
const REFETCHES_PER_SECOND = 50;
const openStreams = () => processSingleton("openPostureStreams", () => ({ count: 0 }));
const spreadMs = () => Math.max(FORCE_WIDE_SPREAD_MS, Math.round((openStreams().count / REFETCHES_PER_SECOND) * 1000));

type Audience = { key: string; homeSiteId: string | null; hears: ReturnType<typeof eventAudience> };

/** Encoded once per batch and audience, however many streams of that audience this server holds. */
const encodedBatches = new WeakMap<LiveEvent[], Map<string, Promise<Uint8Array | null>>>();

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

/** Where a stream's bytes go: the HTTP response, whatever carries it. */
export type StreamSink = { write: (chunk: Uint8Array) => void; end: () => void };

/**
 * Starts one reader's posture stream: "ready" (with the spread its refetches should keep to), what
 * it missed since `lastEventId`, then each batch of events for it and a heartbeat, until the
 * session ends or `stop` is called. Readers with the same roles and sites share each encoding.
 */
export async function startPostureStream(
  user: CurrentUser,
  sessionId: string | null,
  lastEventId: string | null,
  sink: StreamSink,
): Promise<() => void> {
  const audience: Audience = {
    key: `${[...user.roles].sort().join()}|${user.homeSiteId}|${[...user.ledSiteIds].sort().join()}`,
    homeSiteId: user.homeSiteId,
    hears: eventAudience(user),
  };
  const hub = eventHub();
  await hub.start();
  let isStopped = false;
  const send = (message: string | Uint8Array | null) => {
    if (message !== null && !isStopped) sink.write(typeof message === "string" ? encoder.encode(message) : message);
  };
  // Messages leave in the order their batches came, though one may wait on a read.
  let sent = Promise.resolve();
  const sendChange = (events: LiveEvent[]) => {
    sent = sent.then(() => changeMessage(events, audience).then(send));
    return sent;
  };
  const unsubscribe = hub.subscribe((events) => void sendChange(events));
  const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
  openStreams().count++;
  const stop = () => {
    if (isStopped) return;
    isStopped = true;
    openStreams().count--;
    unsubscribe();
    unwatch();
    clearInterval(heartbeat);
  };
  const unwatch = sessionId
    ? streamSessions().watch(sessionId, () => {
        stop();
        sink.end();
      })
    : () => {};
  send(
    `retry: 2000\nid: ${hub.lastSeenId ?? "0"}\nevent: ready\ndata: ${JSON.stringify({ spreadMs: spreadMs() })}\n\n`,
  );
  // A client that reconnects names the last event it saw: send what it missed meanwhile.
  if (lastEventId && /^\d{1,19}$/.test(lastEventId)) {
    const missed = await hub.eventsAfter(lastEventId);
    if (missed.length) await sendChange(missed);
  }
  return stop;
}
