import { describe, expect, it } from "vitest";
import { average, costByMonth, percentile } from "@/lib/alarms/report-rules";

describe("report figures", () => {
  it("averages and takes the nearest-rank 90th percentile", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(average(values)).toBe(5.5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 90)).toBeNull();
    expect(average([])).toBeNull();
  });

  it("splits the cost of a live alarm across the months it was live", () => {
    const costs = costByMonth([{ from: new Date("2026-01-30T00:00:00Z"), to: new Date("2026-02-03T00:00:00Z") }], 4);
    expect([...costs.entries()]).toEqual([
      ["2026-01", 8],
      ["2026-02", 8],
    ]);
  });
});
