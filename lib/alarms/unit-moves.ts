// What can happen to a unit of kit, as one table: every move, and the custody record it leaves.
// Anything not in the table is refused with 409 and changes nothing. RETIRED is final.
import type { UnitMovementKind, UnitStatus } from "@/lib/generated/prisma/enums";

export const UNIT_MOVES: Record<UnitStatus, Partial<Record<UnitStatus, UnitMovementKind>>> = {
  IN_STOCK: { FAULTY: "MARKED_FAULTY", LOST: "REPORTED_LOST" },
  INSTALLED: { LOST: "REPORTED_LOST" },
  FAULTY: { IN_REPAIR: "SENT_FOR_REPAIR", RETIRED: "RETIRED" },
  IN_REPAIR: { IN_STOCK: "REPAIRED", RETIRED: "RETIRED" },
  LOST: { IN_STOCK: "FOUND" },
  RETIRED: {},
};

/** A loss or a retirement is explained: the note is the record of why. */
export const NOTE_REQUIRED_FOR: readonly UnitStatus[] = ["LOST", "RETIRED"];

export type UnitMoveCheck = { ok: true; kind: UnitMovementKind } | { ok: false; message: string };

export function checkUnitMove(from: UnitStatus, to: UnitStatus): UnitMoveCheck {
  const kind = UNIT_MOVES[from][to];
  if (kind) return { ok: true, kind };
  if (from === "RETIRED") return { ok: false, message: "A retired unit stays retired." };
  const describe = (status: UnitStatus) => status.toLowerCase().replace("_", " ");
  return { ok: false, message: `A unit that is ${describe(from)} cannot be moved to ${describe(to)}.` };
}

/** The moves a person can offer from a unit's page. */
export const movesFrom = (status: UnitStatus) => Object.keys(UNIT_MOVES[status]) as UnitStatus[];
