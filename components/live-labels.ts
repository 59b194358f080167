export type LiveStatus = "connecting" | "live" | "reconnecting" | "stopped";

/** What a page says of its live updates, in each state of its event stream. */
export const LIVE_LABELS: Record<LiveStatus, string> = {
  connecting: "Connecting to live updates…",
  live: "Live: this page updates by itself.",
  reconnecting: "Live updates interrupted: reconnecting…",
  stopped: "Live updates stopped. Reload the page to see the latest.",
};
