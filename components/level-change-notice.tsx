"use client";

import { useEffect, useState } from "react";
import type { ResponseLevel } from "@/lib/levels/response-levels";

type Change = { level: ResponseLevel; at: string };

/**
 * Says so when a live update changes the level this page shows: a visible banner, an announcement
 * for screen readers, and the document title, until dismissed. `at` is the change's time, "14:05".
 */
export function LevelChangeNotice({ place, level, at }: { place: string; level: ResponseLevel; at: string }) {
  const [shown, setShown] = useState(level);
  const [change, setChange] = useState<Change | null>(null);
  // The page re-renders with the new level after a live update: compare with the level it had.
  if (level !== shown) {
    setShown(level);
    setChange({ level, at });
  }
  useEffect(() => {
    if (!change) return;
    const original = document.title;
    document.title = `${change.level}: ${original}`;
    return () => {
      document.title = original;
    };
  }, [change]);
  return (
    <div role="status" aria-live="assertive" aria-atomic="true">
      {change && (
        <p
          className="flex flex-wrap items-center gap-3 border-l-8 border-amber-600 bg-amber-50 p-3 font-semibold"
          data-testid="level-change-notice"
        >
          The response level for {place} changed to {change.level} at {change.at}.
          <button type="button" className="underline" onClick={() => setChange(null)}>
            Dismiss<span className="sr-only"> the notice of the change</span>
          </button>
        </p>
      )}
    </div>
  );
}
