import { describe, expect, it } from "vitest";
import { checkUnitMove, movesFrom } from "@/lib/alarms/unit-moves";
import { UnitStatus } from "@/lib/generated/prisma/enums";

// The custody rules, written out independently of the table.
const ALLOWED: [UnitStatus, UnitStatus][] = [
  ["IN_STOCK", "FAULTY"],
  ["IN_STOCK", "LOST"],
  ["INSTALLED", "LOST"],
  ["FAULTY", "IN_REPAIR"],
  ["FAULTY", "RETIRED"],
  ["IN_REPAIR", "IN_STOCK"],
  ["IN_REPAIR", "RETIRED"],
  ["LOST", "IN_STOCK"],
];

describe("unit moves, every status × status", () => {
  const statuses = Object.values(UnitStatus);
  const cases = statuses.flatMap((from) => statuses.map((to) => ({ from, to })));

  it.each(cases)("$from → $to", ({ from, to }) => {
    const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
    expect(checkUnitMove(from, to).ok).toBe(allowed);
  });

  it("leaves a retired unit nowhere to go", () => {
    expect(movesFrom("RETIRED")).toEqual([]);
    expect(checkUnitMove("RETIRED", "IN_STOCK")).toEqual({ ok: false, message: "A retired unit stays retired." });
  });

  it("records a found unit as found and a repaired one as repaired", () => {
    expect(checkUnitMove("LOST", "IN_STOCK")).toEqual({ ok: true, kind: "FOUND" });
    expect(checkUnitMove("IN_REPAIR", "IN_STOCK")).toEqual({ ok: true, kind: "REPAIRED" });
  });
});
