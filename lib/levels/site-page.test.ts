import { describe, expect, it } from "vitest";
import { pageOf } from "@/lib/levels/site-page";

describe("a page of the overview's sites", () => {
  const sites = Array.from({ length: 120 }, (_, index) => index);

  it("gives the page asked for, with the total", () => {
    expect(pageOf(sites, "2")).toMatchObject({ page: 2, pageSize: 50, total: 120 });
    expect(pageOf(sites, "2").items).toEqual(sites.slice(50, 100));
    expect(pageOf(sites, ["3"]).items).toEqual(sites.slice(100));
  });

  it("shows the first page for nothing or nonsense, and the last for a page past the end", () => {
    expect(pageOf(sites, undefined).page).toBe(1);
    expect(pageOf(sites, "abc").page).toBe(1);
    expect(pageOf(sites, "0").page).toBe(1);
    expect(pageOf(sites, "9").page).toBe(3);
    expect(pageOf([], "1")).toMatchObject({ page: 1, items: [], total: 0 });
  });
});
