// A list's order in the address (`?sort=name&order=desc`), so a sorted view can be bookmarked;
// an address edited by hand falls back to the list's usual order rather than an error.

export type Direction = "asc" | "desc";
export type Sort<Key extends string = string> = { key: Key; direction: Direction };
export type Query = Record<string, string | string[] | undefined>;

/** The names of a list's sort parameters: a page with several lists gives each a prefix. */
export const sortParams = (prefix = "") =>
  prefix ? { sort: `${prefix}Sort`, order: `${prefix}Order` } : { sort: "sort", order: "order" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseSort<Key extends string>(
  query: Query,
  keys: readonly Key[],
  fallback: Sort<Key>,
  prefix = "",
): Sort<Key> {
  const names = sortParams(prefix);
  const key = first(query[names.sort]);
  const order = first(query[names.order]);
  if (!key || !(keys as readonly string[]).includes(key)) return fallback;
  return { key: key as Key, direction: order === "desc" ? "desc" : "asc" };
}

/**
 * The address that sorts by a column: ascending first, or the other way if it is already sorted
 * by it. Filters stay; the page goes back to the first.
 */
export function sortHref(query: Query, current: Sort, key: string, pageParam: string, prefix = ""): string {
  const names = sortParams(prefix);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || [names.sort, names.order, pageParam].includes(name)) continue;
    for (const each of Array.isArray(value) ? value : [value]) params.append(name, each);
  }
  params.set(names.sort, key);
  params.set(names.order, current.key === key && current.direction === "asc" ? "desc" : "asc");
  return `?${params.toString()}`;
}

/** Sorted by the chosen column's comparison, then by `tieBreak`, so equal rows keep one order. */
export function sortWith<T, Key extends string>(
  items: readonly T[],
  compare: Record<Key, (a: T, b: T) => number>,
  sort: Sort<Key>,
  tieBreak: (a: T, b: T) => number,
): T[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...items].sort((a, b) => sign * compare[sort.key](a, b) || tieBreak(a, b));
}
