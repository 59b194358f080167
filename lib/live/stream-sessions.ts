import "server-only";
import { endedSessions } from "@/lib/auth/sessions";
import { eventHub } from "@/lib/live/event-hub";
import { processSingleton } from "@/lib/process-singleton";

const SWEEP_MS = 30_000;

type Watch = { sessionId: string; close: () => void };

/**
 * The open event streams of this server and the sessions they belong to. When a session is
 * revoked (a "session" posture event, from any server) or runs out, its streams are closed.
 */
class StreamSessions {
  private watches = new Set<Watch>();
  private timer?: ReturnType<typeof setInterval>;
  private sweeping?: Promise<void>;
  private unsubscribe?: () => void;

  watch(sessionId: string, close: () => void): () => void {
    this.unsubscribe ??= eventHub().subscribe((events) => {
      if (events.some(({ type }) => type === "session")) void this.closeEnded();
    });
    const watch = { sessionId, close };
    this.watches.add(watch);
    this.timer ??= setInterval(() => void this.closeEnded(), SWEEP_MS);
    this.timer.unref?.();
    return () => {
      this.watches.delete(watch);
      if (this.watches.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** One query for every open stream of this server, however many there are. */
  closeEnded(): Promise<void> {
    this.sweeping ??= this.sweep().finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  private async sweep() {
    if (this.watches.size === 0) return;
    try {
      const ended = await endedSessions([...new Set([...this.watches].map((watch) => watch.sessionId))]);
      for (const watch of this.watches) if (ended.has(watch.sessionId)) watch.close();
    } catch (error) {
      console.error("Live events: checking the sessions of open streams failed", error);
    }
  }
}

export function streamSessions(): StreamSessions {
  return processSingleton("streamSessions", () => new StreamSessions());
}
