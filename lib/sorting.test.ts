import { describe, expect, it } from "vitest";
import { parseSort, sortHref } from "@/lib/sorting";

const KEYS = ["name", "site"] as const;
const FALLBACK = { key: "name", direction: "asc" } as const;

describe("sorting through the address", () => {
  it("reads a known column and direction, and falls back for anything else", () => {
    expect(parseSort({ sort: "site", order: "desc" }, KEYS, FALLBACK)).toEqual({ key: "site", direction: "desc" });
    expect(parseSort({ sort: "site" }, KEYS, FALLBACK)).toEqual({ key: "site", direction: "asc" });
    expect(parseSort({ sort: "password" }, KEYS, FALLBACK)).toEqual(FALLBACK);
    expect(parseSort({ ownSort: "site", ownOrder: "desc" }, KEYS, FALLBACK, "own")).toEqual({
      key: "site",
      direction: "desc",
    });
  });

  it("links to the other direction for the current column, keeps filters and goes back to page one", () => {
    const query = { role: "STAFF", page: "3", sort: "name", order: "asc" };
    expect(sortHref(query, { key: "name", direction: "asc" }, "name", "page")).toBe("?role=STAFF&sort=name&order=desc");
    expect(sortHref(query, { key: "name", direction: "asc" }, "site", "page")).toBe("?role=STAFF&sort=site&order=asc");
    expect(sortHref({ own: "2" }, FALLBACK, "site", "own", "own")).toBe("?ownSort=site&ownOrder=asc");
  });
});
