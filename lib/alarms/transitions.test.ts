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

// Policy S2100's lifecycle, written out independently of the code's table. A fitted request is
// either awaiting the control room ("INSTALLED, not live") or live; other states are never live.
type Stage = AlarmStatus | "INSTALLED_NOT_LIVE";
const ALLOWED: [Stage, AlarmAction, AlarmStatus, Role | "REQUESTER"][] = [
  ["REQUESTED", "approve", "APPROVED", "APPROVER"],
  ["REQUESTED", "reject", "REJECTED", "APPROVER"],
  ["REQUESTED", "withdraw", "WITHDRAWN", "APPROVER"],
  ["REQUESTED", "withdraw", "WITHDRAWN", "REQUESTER"],
  ["APPROVED", "withdraw", "WITHDRAWN", "APPROVER"],
  ["APPROVED", "withdraw", "WITHDRAWN", "REQUESTER"],
  ["APPROVED", "install", "INSTALLED", "INSTALLER"],
  ["INSTALLED_NOT_LIVE", "confirm-live", "INSTALLED", "CONTROL_ROOM"],
  ["INSTALLED_NOT_LIVE", "extend", "INSTALLED", "APPROVER"],
  ["INSTALLED_NOT_LIVE", "order-removal", "REMOVAL_ORDERED", "APPROVER"],
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

const STAGES: { stage: Stage; status: AlarmStatus; live: boolean }[] = [
  ...ALARM_STATUSES.map((status) => ({
    stage: status,
    status,
    live: status === "INSTALLED" || status === "REMOVAL_ORDERED",
  })),
  { stage: "INSTALLED_NOT_LIVE", status: "INSTALLED", live: false },
];

describe("the alarm lifecycle, every state × action × role", () => {
  const cases = STAGES.flatMap(({ stage, status, live }) =>
    ALARM_ACTIONS.flatMap((action) =>
      ALL_ROLES.flatMap((role) =>
        [false, true].map((isRequester) => ({ stage, status, live, action, role, isRequester })),
      ),
    ),
  );

  it(`covers all ${STAGES.length * ALARM_ACTIONS.length * ALL_ROLES.length * 2} combinations`, () => {
    expect(cases).toHaveLength(9 * 9 * 8 * 2);
  });

  it.each(cases)(
    "$role (requester: $isRequester) tries $action on $stage",
    ({ stage, status, live, action, role, isRequester }) => {
      const result = checkTransition(action, { status, live }, { roles: [role], isRequester });
      const row = ALLOWED.find(
        ([from, allowedAction, , who]) =>
          from === stage &&
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

const REQUESTED = { status: "REQUESTED", live: false } as const;

describe("available actions", () => {
  it("offers an officer withdrawal of their own request only", () => {
    expect(availableActions(REQUESTED, { roles: ["OFFICER"], isRequester: true })).toEqual(["withdraw"]);
    expect(availableActions(REQUESTED, { roles: ["OFFICER"], isRequester: false })).toEqual([]);
  });

  it("offers an approver of an installed alarm extension and removal", () => {
    expect(availableActions({ status: "INSTALLED", live: true }, { roles: ["APPROVER"], isRequester: false })).toEqual([
      "extend",
      "order-removal",
    ]);
  });

  it("offers the control room confirmation only of a fit not yet live", () => {
    const controlRoom = { roles: ["CONTROL_ROOM" as const], isRequester: false };
    expect(availableActions({ status: "INSTALLED", live: false }, controlRoom)).toEqual(["confirm-live"]);
    expect(availableActions({ status: "INSTALLED", live: true }, controlRoom)).toEqual([]);
  });

  it("offers nothing on a finished request", () => {
    for (const status of ["REJECTED", "WITHDRAWN", "CLOSED"] as const) {
      expect(availableActions({ status, live: false }, { roles: [...ALL_ROLES], isRequester: true })).toEqual([]);
    }
  });
});
