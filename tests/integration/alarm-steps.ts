import { consultPersonalData } from "@/lib/alarms/read-alarm";
import { requestAlarm } from "@/lib/alarms/request-alarm";
import { transitionAlarmRequest } from "@/lib/alarms/transition-alarm";
import type { CurrentUser } from "@/lib/auth/session";
import { createAlarmUnit, createSite, createUser, VALID_ALARM_REQUEST } from "./factories";

export type AlarmCast = Record<"officer" | "approver" | "installer" | "controlRoom", CurrentUser>;

export async function createAlarmCast(): Promise<AlarmCast> {
  const site = await createSite({ district: "North" });
  const [officer, approver, installer, controlRoom] = await Promise.all([
    createUser(["OFFICER"], { homeSiteId: site.id }),
    createUser(["APPROVER"]),
    createUser(["INSTALLER"]),
    createUser(["CONTROL_ROOM"]),
  ]);
  return { officer, approver, installer, controlRoom };
}

/** The steps of the lifecycle, each taken as the role that takes it, through the domain functions. */
export function alarmSteps(cast: AlarmCast) {
  const decide = async (requestId: string, action: "approve" | "reject", note: string, who = cast.approver) => {
    await consultPersonalData(who, requestId, { reason: "Reading the risk summary to decide the request" });
    return transitionAlarmRequest(who, requestId, { action, note });
  };
  const requestAndApprove = async (overrides: Partial<typeof VALID_ALARM_REQUEST> = {}) => {
    const created = await requestAlarm(cast.officer, { ...VALID_ALARM_REQUEST, ...overrides });
    await decide(created.id, "approve", "Risk is high and current");
    return created;
  };
  const install = (requestId: string, unitId: string, who = cast.installer) =>
    transitionAlarmRequest(who, requestId, { action: "install", unitId, controlRoomRef: "CR-77812", tested: true });
  const confirmLive = (requestId: string) =>
    transitionAlarmRequest(cast.controlRoom, requestId, {
      action: "confirm-live",
      controlRoomRef: "cr-77812",
      rangThrough: true,
    });
  /** Requested, approved, fitted with a new unit and confirmed live by the control room. */
  const liveAlarm = async (overrides: Partial<typeof VALID_ALARM_REQUEST> = {}) => {
    const unit = await createAlarmUnit();
    const created = await requestAndApprove(overrides);
    await install(created.id, unit.id);
    await confirmLive(created.id);
    return { ...created, unitId: unit.id };
  };
  return { decide, requestAndApprove, install, confirmLive, liveAlarm };
}
