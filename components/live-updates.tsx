"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { LIVE_LABELS, type LiveStatus } from "@/components/live-labels";
import { FORCE_WIDE_SPREAD_MS, readySpreadMs, refreshDelay, SOON_MS } from "@/components/refresh-delay";

/**
 * Listens to the one posture event stream, which carries only what this user's pages are about,
 * and re-renders the page's server components on each change — at a random moment within a few
 * seconds for a force-wide one, so thousands of pages do not refetch in the same instant. The
 * browser reconnects by itself, naming the last event seen, and the server sends what was missed;
 * a reconnect also refreshes once, to be sure.
 */
export function LiveUpdates() {
  const router = useRouter();
  const [status, setStatus] = useState<LiveStatus>("connecting");

  useEffect(() => {
    const source = new EventSource("/api/posture/stream");
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasInterrupted = false;
    let spreadMs = FORCE_WIDE_SPREAD_MS;
    const refresh = (delay = SOON_MS) => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), delay);
    };
    source.addEventListener("change", (event) => refresh(refreshDelay(event.data, Math.random, spreadMs)));
    source.addEventListener("ready", (event) => {
      spreadMs = readySpreadMs(event.data) ?? spreadMs;
      if (wasInterrupted) refresh();
      wasInterrupted = false;
      setStatus("live");
    });
    source.onerror = () => {
      wasInterrupted = true;
      const isClosed = source.readyState === EventSource.CLOSED;
      setStatus(isClosed ? "stopped" : "reconnecting");
      // The server refuses a stream whose session has ended: go to sign-in rather than sit stale.
      if (isClosed) void fetch("/api/posture").then((response) => response.status === 401 && router.replace("/login"));
    };
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [router]);

  return (
    <p className="text-sm text-gray-700" role="status" data-live-status={status}>
      <span aria-hidden="true">{status === "live" ? "● " : "○ "}</span>
      {LIVE_LABELS[status]}
    </p>
  );
}
