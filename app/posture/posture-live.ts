import type { LiveStatus } from "@/components/live-labels";
import type { ResponseLevel } from "@/lib/levels/response-levels";

export type PostureLiveConfig = {
  labels: Record<LiveStatus, string>;
  /** The large level badge's HTML, for each level: shown the moment the stream names a new level. */
  badges: Record<ResponseLevel, string>;
  meanings: Record<ResponseLevel, string>;
  updatingMeasures: string;
  soonMs: number;
  spreadMs: number;
};

/** What the stream's "level" event says of the reader's own site (lib/live/posture-stream.ts). */
type LevelEvent = { siteId: string; level: ResponseLevel; at: string; since: string };

/**
 * The staff posture page's only script, inlined into the page as its source text: so it must use
 * nothing from outside its own body. It listens to the posture stream; shows a new level of the
 * reader's site the moment the stream names it; and refetches the page's content — at once for a
 * change at the site, at a random moment within the spread the server asks for after a force-wide
 * one — and swaps it in. Without it the page is complete, only not live.
 */
export function postureLive(config: PostureLiveConfig) {
  const status = document.querySelector<HTMLElement>("[data-live-status]")!;
  const notice = document.getElementById("level-change-notice")!;
  const content = () => document.getElementById("posture-content")!;
  const originalTitle = document.title;
  let announcedLevel = content().dataset.level;
  let spreadMs = config.spreadMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wasInterrupted = false;

  const setStatus = (state: LiveStatus) => {
    status.dataset.liveStatus = state;
    status.firstElementChild!.textContent = state === "live" ? "● " : "○ ";
    status.lastElementChild!.textContent = config.labels[state];
  };

  const announce = (level: string | undefined, at: string | undefined) => {
    if (!level || level === announcedLevel) return;
    announcedLevel = level;
    const text = document.createElement("p");
    text.className = "flex flex-wrap items-center gap-3 border-l-8 border-amber-600 bg-amber-50 p-3 font-semibold";
    text.dataset.testid = "level-change-notice";
    text.textContent = `The response level for ${content().dataset.place} changed to ${level} at ${at}.`;
    const dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "underline";
    dismiss.textContent = "Dismiss";
    const hint = document.createElement("span");
    hint.className = "sr-only";
    hint.textContent = " the notice of the change";
    dismiss.append(hint);
    dismiss.addEventListener("click", () => {
      notice.replaceChildren();
      document.title = originalTitle;
    });
    text.append(" ", dismiss);
    notice.replaceChildren(text);
    document.title = `${level}: ${originalTitle}`;
  };

  const showLevel = (event: LevelEvent) => {
    const shown = content();
    const site = shown.querySelector<HTMLElement>("[data-site-id]");
    if (site?.dataset.siteId !== event.siteId || shown.dataset.level === event.level) return;
    shown.querySelector("[data-testid=posture-banner] [data-level]")!.outerHTML = config.badges[event.level];
    shown.querySelector("[data-level-since]")!.textContent = `since ${event.since}`;
    shown.querySelector("[data-level-meaning]")!.textContent = config.meanings[event.level];
    const measures = shown.querySelector("[data-measures]");
    if (measures) {
      // The new level's measures come with the refetch, within the spread: say so meanwhile.
      const note = document.createElement("p");
      note.className = "text-sm text-gray-700";
      note.textContent = config.updatingMeasures;
      measures.prepend(note);
      measures.setAttribute("aria-busy", "true");
    }
    shown.dataset.level = event.level;
    announce(event.level, event.at);
  };

  const refresh = async (isRetry = false) => {
    try {
      const response = await fetch(location.pathname, { headers: { Accept: "text/html" }, cache: "no-store" });
      // A plain page, with no router: the browser itself goes to sign-in.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      if (new URL(response.url).pathname === "/login") return location.assign("/login");
      if (!response.ok) throw new Error(`${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const next = page.getElementById("posture-content");
      if (!next) return;
      content().replaceWith(next);
      announce(next.dataset.level, next.dataset.levelAt);
    } catch {
      // Once more a little later, at a moment of its own; after that the next event refreshes.
      if (!isRetry) timer = setTimeout(() => void refresh(true), 5_000 + Math.random() * 10_000);
    }
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), delay);
  };

  const source = new EventSource("/api/posture/stream");
  source.addEventListener("ready", (event) => {
    spreadMs = (JSON.parse(event.data) as { spreadMs?: number }).spreadMs ?? spreadMs;
    if (wasInterrupted) schedule(config.soonMs);
    wasInterrupted = false;
    setStatus("live");
  });
  source.addEventListener("level", (event) => showLevel(JSON.parse(event.data) as LevelEvent));
  source.addEventListener("change", (event) => {
    const events = JSON.parse(event.data) as { siteId: string | null }[];
    const isForceWide = events.some((change) => change.siteId === null);
    schedule(isForceWide ? config.soonMs + Math.random() * spreadMs : config.soonMs);
  });
  source.onerror = () => {
    wasInterrupted = true;
    const isClosed = source.readyState === EventSource.CLOSED;
    setStatus(isClosed ? "stopped" : "reconnecting");
    // The server refuses a stream whose session has ended: go to sign-in rather than sit stale.
    if (isClosed) void refresh(true);
  };
}
