// The lifecycle of an alarm request (policy S2100) as one table: every move and the
// permission it needs. Anything not in the table is refused with 409 and changes nothing.
import { can, type Permission } from "@/lib/auth/permissions";
import { AlarmStatus, type Role } from "@/lib/generated/prisma/enums";

export { AlarmStatus };
export const ALARM_STATUSES = Object.values(AlarmStatus);

export const ALARM_ACTIONS = [
  "approve",
  "reject",
  "withdraw",
  "install",
  "confirm-live",
  "extend",
  "order-removal",
  "remove",
  "close",
] as const;
export type AlarmAction = (typeof ALARM_ACTIONS)[number];

type Transition = {
  from: readonly AlarmStatus[];
  to: AlarmStatus;
  permission: Permission;
  requesterMay?: boolean;
  /** Only a fit the control room has not yet confirmed. */
  notYetLive?: true;
};

/** Where a request stands: its state, and for a fitted alarm whether the control room has confirmed it. */
export type AlarmState = { status: AlarmStatus; live: boolean };

export const TRANSITIONS: Record<AlarmAction, Transition> = {
  approve: { from: ["REQUESTED"], to: "APPROVED", permission: "alarm.decide" },
  reject: { from: ["REQUESTED"], to: "REJECTED", permission: "alarm.decide" },
  withdraw: { from: ["REQUESTED", "APPROVED"], to: "WITHDRAWN", permission: "alarm.decide", requesterMay: true },
  install: { from: ["APPROVED"], to: "INSTALLED", permission: "alarm.install" },
  "confirm-live": { from: ["INSTALLED"], to: "INSTALLED", permission: "alarm.confirmLive", notYetLive: true },
  extend: { from: ["INSTALLED"], to: "INSTALLED", permission: "alarm.decide" },
  "order-removal": { from: ["INSTALLED"], to: "REMOVAL_ORDERED", permission: "alarm.decide" },
  remove: { from: ["REMOVAL_ORDERED"], to: "REMOVED", permission: "alarm.remove" },
  close: { from: ["REMOVED"], to: "CLOSED", permission: "alarm.decide" },
};

export type TransitionCheck =
  { ok: true; to: AlarmStatus } | { ok: false; code: "FORBIDDEN" | "CONFLICT"; message: string };

/** Whether this person may take this action on a request in this state. Role first (403), then state (409). */
export function checkTransition(
  action: AlarmAction,
  { status, live }: AlarmState,
  actor: { roles: readonly Role[]; isRequester: boolean },
): TransitionCheck {
  const transition = TRANSITIONS[action];
  const mayAct =
    can(actor.roles, transition.permission) ||
    (transition.requesterMay === true && actor.isRequester && can(actor.roles, "alarm.request"));
  if (!mayAct)
    return { ok: false, code: "FORBIDDEN", message: `You may not ${action.replace("-", " ")} an alarm request.` };
  if (!transition.from.includes(status)) {
    return {
      ok: false,
      code: "CONFLICT",
      message: `A request that is ${status.toLowerCase().replace("_", " ")} cannot be moved by "${action}".`,
    };
  }
  if (transition.notYetLive && live) {
    return { ok: false, code: "CONFLICT", message: "The control room has already confirmed this alarm is live." };
  }
  return { ok: true, to: transition.to };
}

/** The actions this person could take now: the buttons a page offers. */
export function availableActions(
  state: AlarmState,
  actor: { roles: readonly Role[]; isRequester: boolean },
): AlarmAction[] {
  return ALARM_ACTIONS.filter((action) => checkTransition(action, state, actor).ok);
}

/** A unit is fitted at the address: from installation until removal. */
export const FITTED_STATUSES: readonly AlarmStatus[] = ["INSTALLED", "REMOVAL_ORDERED"];

/** A live alarm: fitted, and confirmed by the control room. Only these protect anyone, show as hazard markers and count as live. */
export const LIVE_WHERE: { status: { in: AlarmStatus[] }; liveConfirmedAt: { not: null } } = {
  status: { in: [...FITTED_STATUSES] },
  liveConfirmedAt: { not: null },
};

export const isLive = (request: { status: AlarmStatus; liveConfirmedAt: Date | null }) =>
  FITTED_STATUSES.includes(request.status) && request.liveConfirmedAt !== null;
