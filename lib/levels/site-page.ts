import { pageNumber } from "@/lib/validation";

export const SITE_PAGE_SIZE = 50;

/**
 * One page of the estate's sites as the overview lists them. The estate is a few hundred sites
 * read once per change into the cached posture snapshot (decision 007); what is paged is the HTML,
 * which at 300 sites on one page was 718 KB. A page number out of range shows the last page.
 */
export function pageOf<T>(sites: T[], requested: unknown, pageSize = SITE_PAGE_SIZE) {
  const parsed = pageNumber.safeParse([requested].flat()[0] ?? 1);
  const last = Math.max(1, Math.ceil(sites.length / pageSize));
  const page = Math.min(parsed.success ? parsed.data : 1, last);
  return { items: sites.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: sites.length };
}
