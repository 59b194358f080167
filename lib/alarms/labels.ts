import type { AlarmAction } from "@/lib/alarms/transitions";
import { AlarmCallOutcome, AlarmReason } from "@/lib/generated/prisma/enums";

export const ACTION_LABEL: Record<AlarmAction, string> = {
  approve: "Approve",
  reject: "Reject",
  withdraw: "Withdraw",
  install: "Record installation",
  extend: "Extend",
  "order-removal": "Order removal",
  remove: "Record removal",
  close: "Close",
};

export const OUTCOME_LABEL: Record<AlarmCallOutcome, string> = {
  GENUINE_EMERGENCY: "Genuine emergency",
  NO_EVIDENCE_OF_CRIME: "No evidence of crime",
  FALSE_ALARM: "False alarm",
  TEST: "Test",
};

export const OUTCOMES = Object.values(AlarmCallOutcome).map((value) => ({ value, label: OUTCOME_LABEL[value] }));

export const REASON_LABEL: Record<AlarmReason, string> = {
  DOMESTIC_ABUSE: "Domestic abuse",
  WITNESS: "Witness protection",
  REPEAT_VICTIM: "Repeat victimisation",
  HATE_CRIME: "Hate crime",
  OTHER: "Other",
};

export const REASONS = Object.values(AlarmReason).map((value) => ({ value, label: REASON_LABEL[value] }));
