import { describe, expect, it } from "vitest";
import { isItemOverdue, optionApplies } from "@/lib/levels/checklist-rules";
import { nextDueAfter } from "@/lib/levels/cadence";

const NOW = new Date("2026-11-22T12:00:00Z");
const stationOnlyFromHeightened = { minLevel: "HEIGHTENED" as const, siteTypes: ["POLICE_STATION"] };
const everywhereFromExceptional = { minLevel: "EXCEPTIONAL" as const, siteTypes: ["POLICE_STATION", "VEHICLE_DEPOT"] };

describe("which options apply", () => {
  it.each([
    [stationOnlyFromHeightened, "POLICE_STATION", "NORMAL", false],
    [stationOnlyFromHeightened, "POLICE_STATION", "HEIGHTENED", true],
    [stationOnlyFromHeightened, "POLICE_STATION", "EXCEPTIONAL", true],
    [stationOnlyFromHeightened, "VEHICLE_DEPOT", "EXCEPTIONAL", false],
    [everywhereFromExceptional, "VEHICLE_DEPOT", "HEIGHTENED", false],
    [everywhereFromExceptional, "VEHICLE_DEPOT", "EXCEPTIONAL", true],
  ] as const)("%o at a %s on %s: %s", (option, siteType, level, expected) => {
    expect(optionApplies(option, siteType, level)).toBe(expected);
  });

  it("applies a baseline option at NORMAL and at every level above, and nothing else at NORMAL", () => {
    const baseline = { minLevel: "NORMAL" as const, siteTypes: ["POLICE_STATION"] };
    expect(optionApplies(baseline, "POLICE_STATION", "NORMAL")).toBe(true);
    expect(optionApplies(baseline, "POLICE_STATION", "EXCEPTIONAL")).toBe(true);
    expect(optionApplies(baseline, "VEHICLE_DEPOT", "NORMAL")).toBe(false);
    expect(optionApplies({ ...baseline, minLevel: "HEIGHTENED" }, "POLICE_STATION", "NORMAL")).toBe(false);
    expect(optionApplies({ ...baseline, visibility: "PERSONAL" }, "POLICE_STATION", "NORMAL")).toBe(false);
  });
});

describe("overdue and progress", () => {
  it("is overdue only when past due and still PENDING", () => {
    const past = new Date("2026-11-22T11:00:00Z");
    expect(isItemOverdue({ status: "PENDING", dueAt: past }, NOW)).toBe(true);
    expect(isItemOverdue({ status: "NOT_IMPLEMENTED", dueAt: past }, NOW)).toBe(false);
    expect(isItemOverdue({ status: "PENDING", dueAt: new Date("2026-11-22T13:00:00Z") }, NOW)).toBe(false);
  });
});

describe("recurring checks", () => {
  const now = new Date("2026-11-24T12:00:00Z");
  const past = new Date(now.getTime() - 60_000);

  it("are overdue again once their confirmation runs out, unlike a once-only measure", () => {
    expect(isItemOverdue({ status: "IMPLEMENTED", dueAt: past, cadence: "EVERY_SHIFT" }, now)).toBe(true);
    expect(isItemOverdue({ status: "IMPLEMENTED", dueAt: past, cadence: "ONCE" }, now)).toBe(false);
    expect(isItemOverdue({ status: "NOT_APPLICABLE", dueAt: past, cadence: "DAILY" }, now)).toBe(false);
  });

  it("fall due a shift, a day or a week after each confirmation", () => {
    expect(nextDueAfter("EVERY_SHIFT", now).toISOString()).toBe("2026-11-24T20:00:00.000Z");
    expect(nextDueAfter("DAILY", now).toISOString()).toBe("2026-11-25T12:00:00.000Z");
    expect(nextDueAfter("WEEKLY", now).toISOString()).toBe("2026-12-01T12:00:00.000Z");
  });
});
