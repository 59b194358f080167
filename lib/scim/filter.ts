import { ScimError } from "@/lib/scim/scim-error";

export type EqualityFilter = { attribute: string; value: string };

/**
 * The filters a provisioning service sends to find a resource before creating it: `attr eq "value"`
 * (attribute names are case-insensitive, RFC 7644 §3.4.2.2). Anything else is refused as invalidFilter.
 */
export function parseEqualityFilter(filter: string | null, attributes: readonly string[]): EqualityFilter | null {
  if (filter === null || filter.trim() === "") return null;
  const match = /^\s*([A-Za-z][\w.:-]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  const attribute = match && attributes.find((name) => name.toLowerCase() === match[1].toLowerCase());
  if (!match || !attribute) {
    throw new ScimError(400, `Filter by ${attributes.map((name) => `${name} eq "…"`).join(" or ")}.`, "invalidFilter");
  }
  return { attribute, value: match[2].replace(/\\(.)/g, "$1") };
}

/** `startIndex` (1-based) and `count` (at most 200) as RFC 7644 §3.4.2.4 reads them. */
export function pagingOf(params: URLSearchParams) {
  const number = (name: string, fallback: number) => {
    const value = params.get(name);
    if (value === null || value === "") return fallback;
    if (!/^-?\d+$/.test(value)) throw new ScimError(400, `Give ${name} as a whole number.`, "invalidValue");
    return Number(value);
  };
  const startIndex = Math.max(1, number("startIndex", 1));
  const count = Math.min(200, Math.max(0, number("count", 100)));
  return { startIndex, count };
}
