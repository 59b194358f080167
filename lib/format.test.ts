import { describe, expect, it } from "vitest";
import { optionsOf, timeAgo } from "@/lib/format";

describe("timeAgo", () => {
  const now = new Date("2026-11-24T12:00:00Z");
  const before = (milliseconds: number) => new Date(now.getTime() - milliseconds);

  it.each([
    [0, "just now"],
    [59_000, "just now"],
    [60_000, "1 minute ago"],
    [35 * 60_000, "35 minutes ago"],
    [60 * 60_000, "1 hour ago"],
    [23 * 3_600_000 + 59 * 60_000, "23 hours ago"],
    [24 * 3_600_000, "1 day ago"],
    [10 * 86_400_000, "10 days ago"],
  ])("says %i ms before as %s, never 0 of a unit", (milliseconds, words) => {
    expect(timeAgo(before(milliseconds), now)).toBe(words);
  });
});

describe("optionsOf", () => {
  it("keeps the order the labels are written in", () => {
    expect(optionsOf({ B: "Bee", A: "Ay" })).toEqual([
      { value: "B", label: "Bee" },
      { value: "A", label: "Ay" },
    ]);
  });
});
