import type { AlarmAction } from "@/lib/alarms/transitions";

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

export const OUTCOMES = [
  { value: "GENUINE_EMERGENCY", label: "Genuine emergency" },
  { value: "NO_EVIDENCE_OF_CRIME", label: "No evidence of crime" },
  { value: "FALSE_ALARM", label: "False alarm" },
  { value: "TEST", label: "Test" },
];
