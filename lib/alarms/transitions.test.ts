import { describe, expect, it } from "vitest";
import {
  ALARM_ACTIONS,
  ALARM_STATUSES,
  availableActions,
  checkTransition,
  type AlarmAction,
  type AlarmStatus,
} from "@/lib/alarms/transitions";
import { ALL_ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

// Policy S2100's lifecycle, written out independently of the code's table.
const ALLOWED: [AlarmStatus, AlarmAction, AlarmStatus, Role | "REQUESTER"][] = [
  ["REQUESTED", "approve", "APPROVED", "APPROVER"],
  ["REQUESTED", "reject", "REJECTED", "APPROVER"],
  ["REQUESTED", "withdraw", "WITHDRAWN", "APPROVER"],
  ["REQUESTED", "withdraw", "WITHDRAWN", "REQUESTER"],
  ["APPROVED", "withdraw", "WITHDRAWN", "APPROVER"],
  ["APPROVED", "withdraw", "WITHDRAWN", "REQUESTER"],
  ["APPROVED", "install", "INSTALLED", "INSTALLER"],
  ["INSTALLED", "extend", "INSTALLED", "APPROVER"],
  ["INSTALLED", "order-removal", "REMOVAL_ORDERED", "APPROVER"],
  ["REMOVAL_ORDERED", "remove", "REMOVED", "INSTALLER"],
  ["REMOVED", "close", "CLOSED", "APPROVER"],
];

const roleMayEverTake = (role: Role, isRequester: boolean, action: AlarmAction) =>
  ALLOWED.some(
    ([, allowedAction, , who]) =>
      allowedAction === action && (who === role || (who === "REQUESTER" && isRequester && role === "OFFICER")),
  );

describe("the alarm lifecycle, every state × action × role", () => {
  const cases = ALARM_STATUSES.flatMap((status) =>
    ALARM_ACTIONS.flatMap((action) =>
      ALL_ROLES.flatMap((role) => [false, true].map((isRequester) => ({ status, action, role, isRequester }))),
    ),
  );

  it(`covers all ${ALARM_STATUSES.length * ALARM_ACTIONS.length * ALL_ROLES.length * 2} combinations`, () => {
    expect(cases).toHaveLength(8 * 8 * 7 * 2);
  });

  it.each(cases)(
    "$role (requester: $isRequester) tries $action on $status",
    ({ status, action, role, isRequester }) => {
      const result = checkTransition(action, status, { roles: [role], isRequester });
      const row = ALLOWED.find(
        ([from, allowedAction, , who]) =>
          from === status &&
          allowedAction === action &&
          (who === role || (who === "REQUESTER" && isRequester && role === "OFFICER")),
      );
      if (row) expect(result).toEqual({ ok: true, to: row[2] });
      else if (!roleMayEverTake(role, isRequester, action))
        expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
      else expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    },
  );
});

describe("available actions", () => {
  it("offers an officer withdrawal of their own request only", () => {
    expect(availableActions("REQUESTED", { roles: ["OFFICER"], isRequester: true })).toEqual(["withdraw"]);
    expect(availableActions("REQUESTED", { roles: ["OFFICER"], isRequester: false })).toEqual([]);
  });

  it("offers an approver of an installed alarm extension and removal", () => {
    expect(availableActions("INSTALLED", { roles: ["APPROVER"], isRequester: false })).toEqual([
      "extend",
      "order-removal",
    ]);
  });

  it("offers nothing on a finished request", () => {
    for (const status of ["REJECTED", "WITHDRAWN", "CLOSED"] as const) {
      expect(availableActions(status, { roles: [...ALL_ROLES], isRequester: true })).toEqual([]);
    }
  });
});
