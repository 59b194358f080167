import { describe, expect, it } from "vitest";
import { readySpreadMs, refreshDelay, SOON_MS } from "@/components/refresh-delay";

describe("when a live page refetches", () => {
  it("refetches soon for a change at a site", () => {
    expect(refreshDelay(JSON.stringify([{ type: "site", siteId: "a" }]))).toBe(SOON_MS);
  });

  it("spreads the refetches of a force-wide change over a few seconds", () => {
    const data = JSON.stringify([{ type: "force", siteId: null }]);
    expect(refreshDelay(data, () => 0)).toBe(SOON_MS);
    expect(refreshDelay(data, () => 0.999)).toBeGreaterThan(2_000);
    expect(refreshDelay(data, () => 0.999)).toBeLessThan(3_000);
  });

  it("spreads them over as long as the server asks, which grows with the pages it holds", () => {
    const data = JSON.stringify([{ type: "force", siteId: null }]);
    expect(refreshDelay(data, () => 0.5, 50_000)).toBe(SOON_MS + 25_000);
    expect(readySpreadMs(JSON.stringify({ spreadMs: 50_000 }))).toBe(50_000);
    expect(readySpreadMs("{}")).toBeUndefined();
    expect(readySpreadMs(JSON.stringify({ spreadMs: -1 }))).toBeUndefined();
    expect(readySpreadMs("not json")).toBeUndefined();
  });

  it("refetches soon when the message cannot be read", () => {
    expect(refreshDelay("not json")).toBe(SOON_MS);
  });
});
