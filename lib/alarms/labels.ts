import type { AlarmAction } from "@/lib/alarms/transitions";
import type { AlarmCallOutcome, AlarmReason, AlarmType, RiskGrade } from "@/lib/generated/prisma/enums";
import { optionsOf } from "@/lib/format";

export const ACTION_LABEL: Record<AlarmAction, string> = {
  approve: "Approve",
  reject: "Reject",
  withdraw: "Withdraw",
  install: "Record installation",
  "confirm-live": "Confirm the alarm is live",
  extend: "Extend",
  "order-removal": "Order removal",
  remove: "Record removal",
  close: "Close",
};

/** What a confirmation says was done, before the request's number: "Approved TPA-2026-00013". */
export const DONE_LABEL: Record<AlarmAction, string> = {
  approve: "Approved",
  reject: "Rejected",
  withdraw: "Withdrew",
  install: "Recorded the installation of",
  "confirm-live": "Confirmed live",
  extend: "Extended",
  "order-removal": "Ordered the removal of",
  remove: "Recorded the removal of",
  close: "Closed",
};

/** The action named in a confirmation's address, if it is one. */
export function doneAction(value: unknown): AlarmAction | undefined {
  return typeof value === "string" && Object.hasOwn(DONE_LABEL, value) ? (value as AlarmAction) : undefined;
}

export const OUTCOME_LABEL: Record<AlarmCallOutcome, string> = {
  GENUINE_EMERGENCY: "Genuine emergency",
  NO_EVIDENCE_OF_CRIME: "No evidence of crime",
  FALSE_ALARM: "False alarm",
  TEST: "Test",
};

export const OUTCOMES = optionsOf(OUTCOME_LABEL);

export const REASON_LABEL: Record<AlarmReason, string> = {
  DOMESTIC_ABUSE: "Domestic abuse",
  WITNESS: "Witness protection",
  REPEAT_VICTIM: "Repeat victimisation",
  HATE_CRIME: "Hate crime",
  CHILD_PROTECTION: "Child protection",
  OTHER: "Other",
};

export const REASONS = optionsOf(REASON_LABEL);

export const ALARM_TYPE_LABEL: Record<AlarmType, string> = {
  PERSONAL_ATTACK: "Personal attack",
  INTRUDER: "Intruder",
};

export const ALARM_TYPE_OPTIONS = optionsOf(ALARM_TYPE_LABEL);

export const RISK_GRADE_LABEL: Record<RiskGrade, string> = {
  STANDARD: "Standard",
  MEDIUM: "Medium",
  HIGH: "High",
};

export const RISK_GRADE_OPTIONS = optionsOf(RISK_GRADE_LABEL);
