"use server";

import { searchHazardMarkers } from "@/lib/alarms/hazards";
import type { ActionState } from "@/lib/errors";
import { serverAction } from "@/lib/http/server-action";

export type HazardSearchState = ActionState & {
  searched?: string;
  markers?: Awaited<ReturnType<typeof searchHazardMarkers>>;
};

/** The search term is POSTed: an address is personal data and must not sit in a URL or a browser's history. */
export const searchHazardsAction = serverAction<HazardSearchState>(async (user, form) => {
  const q = String(form.get("q") ?? "");
  const markers = await searchHazardMarkers(user, { q });
  return { ok: true, searched: q.trim(), markers };
});
