import "server-only";
import pg from "pg";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { changesStaffPosture } from "@/lib/live/event-audience";
import { processSingleton } from "@/lib/process-singleton";

export type LiveEvent = { id: string; type: string; siteId: string | null };
type Listener = (events: LiveEvent[]) => void;

const POLL_MS_EMBEDDED = 200;
const POLL_MS_SAFETY_NET = 5_000;
const LISTEN_RETRY_BASE_MS = 500;
const LISTEN_RETRY_MAX_MS = 30_000;
const PAGE = 500;
/** How long an id skipped over is looked for: longer than any transaction that writes an event. */
const GAP_WAIT_MS = 120_000;
const MAX_GAPS = 10_000;

/**
 * One per server process: learns of committed posture events and fans them out to this server's
 * streams. On a PostgreSQL server it LISTENs (woken at commit); on embedded PGlite, which has one
 * session, it polls. Either way it reads the events table by id, so every server sees every event.
 * Ids come from a sequence without a lock, so one can commit after a higher one: an id skipped
 * over is a gap, looked for again at each read until it appears or is too old to be in flight
 * (docs/decisions/018-writes-without-a-global-lock.md).
 */
class EventHub {
  private listeners = new Set<Listener>();
  private lastId: bigint | null = null;
  private gaps = new Map<bigint, number>();
  private forceVersion = 0;
  private siteVersions = new Map<string, number>();
  private started?: Promise<void>;
  private reading?: Promise<void>;
  private readAgain = false;
  private listenClient?: pg.Client;

  get lastSeenId(): string | null {
    return this.lastId?.toString() ?? null;
  }

  /**
   * Changes whenever this server hears of an event that may change a site's staff posture (its
   * own, or a force-wide one), a late event included: what is cached for one site survives
   * changes at the others.
   */
  versionFor(siteId: string | null): string {
    return `${this.forceVersion}.${siteId ? (this.siteVersions.get(siteId) ?? 0) : 0}`;
  }

  private countChanges(events: LiveEvent[]) {
    for (const event of events) {
      if (!changesStaffPosture(event, event.siteId)) continue;
      if (event.siteId === null) this.forceVersion++;
      else this.siteVersions.set(event.siteId, (this.siteVersions.get(event.siteId) ?? 0) + 1);
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts once; resolves when the hub knows the latest id. */
  start(): Promise<void> {
    this.started ??= this.begin().catch((error) => {
      this.started = undefined;
      throw error;
    });
    return this.started;
  }

  /** Events after `afterId`, for a client that reconnects and must catch up. */
  async eventsAfter(afterId: string, limit = 500): Promise<LiveEvent[]> {
    const rows = await db.postureEvent.findMany({
      where: { id: { gt: BigInt(afterId) } },
      orderBy: { id: "asc" },
      take: limit,
      select: { id: true, type: true, siteId: true },
    });
    return rows.map((row) => ({ ...row, id: row.id.toString() }));
  }

  private async begin() {
    const latest = await db.postureEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    this.lastId = latest?.id ?? 0n;
    const { EMBEDDED_DATABASE, DATABASE_URL } = env();
    const isEmbedded = Boolean(EMBEDDED_DATABASE);
    if (!isEmbedded && DATABASE_URL) this.keepListening(DATABASE_URL);
    const timer = setInterval(() => void this.readNew(), isEmbedded ? POLL_MS_EMBEDDED : POLL_MS_SAFETY_NET);
    timer.unref?.();
  }

  /**
   * LISTENs, and after any failure tries again with exponential backoff and jitter until it
   * succeeds; meanwhile the safety-net poll keeps events flowing.
   */
  private keepListening(url: string, attempt = 0) {
    const retry = () => {
      this.listenClient = undefined;
      const delay = Math.min(LISTEN_RETRY_MAX_MS, LISTEN_RETRY_BASE_MS * 2 ** attempt) * (0.5 + Math.random() / 2);
      setTimeout(() => this.keepListening(url, attempt + 1), delay).unref?.();
    };
    const client = new pg.Client({ connectionString: url });
    let hasFailed = false;
    const fail = (error: unknown) => {
      if (hasFailed) return;
      hasFailed = true;
      console.error(`Live events: LISTEN failed (attempt ${attempt + 1}); trying again`, (error as Error).message);
      void client.end().catch(() => {});
      retry();
    };
    client.on("error", fail);
    client.on("end", () => fail(new Error("connection ended")));
    client.on("notification", () => void this.readNew());
    client
      .connect()
      .then(() => client.query("LISTEN posture_events"))
      .then(() => {
        this.listenClient = client;
        attempt = 0;
        // A fresh connection may have missed notifications while it was down.
        void this.readNew();
      })
      .catch(fail);
  }

  /** Whether this hub is LISTENing now (tests and health). */
  get isListening(): boolean {
    return this.listenClient !== undefined;
  }

  /**
   * Reads events committed since the last one seen and fans them out. Resolves once this server
   * has seen every event committed before the call, so a caller that just committed can rely on it.
   */
  readNew(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = this.readLoop().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  /** After a change committed on this server: its own caches and streams hear of it at once. */
  async catchUp(): Promise<void> {
    if (this.started) await this.readNew();
  }

  private async readLoop() {
    try {
      let isFullPage = false;
      do {
        this.readAgain = false;
        const events = await this.readNewAndLate();
        isFullPage = events.length === PAGE;
        if (events.length === 0) continue;
        this.countChanges(events);
        for (const listener of this.listeners) listener(events);
      } while (this.readAgain || isFullPage);
    } catch (error) {
      console.error("Live events: reading new events failed", error);
    }
  }

  /** Events after the last seen and any that filled a gap; records the ids newly skipped over. */
  private async readNewAndLate(): Promise<LiveEvent[]> {
    const after = this.lastId ?? 0n;
    const now = Date.now();
    for (const [id, since] of this.gaps) if (now - since > GAP_WAIT_MS) this.gaps.delete(id);
    const late = [...this.gaps.keys()];
    const rows = await db.postureEvent.findMany({
      where: late.length ? { OR: [{ id: { gt: after } }, { id: { in: late } }] } : { id: { gt: after } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, type: true, siteId: true },
    });
    let expected = after + 1n;
    for (const { id } of rows) {
      if (id <= after) {
        this.gaps.delete(id);
        continue;
      }
      for (let skipped = expected; skipped < id && this.gaps.size < MAX_GAPS; skipped++) this.gaps.set(skipped, now);
      expected = id + 1n;
      this.lastId = id;
    }
    return rows.map((row) => ({ ...row, id: row.id.toString() }));
  }
}

/** The process's hub, shared by every route and page bundle. */
export function eventHub(): EventHub {
  return processSingleton("postureEventHub", () => new EventHub());
}
