import type { Prisma } from "@/lib/generated/prisma/client";

// Every column of an alarm request is either personal data about a victim (DPA 2018 Part 3:
// shown on need to know, erased by retention) or a fact kept for reporting. A new column does
// not compile until it is classified here, and a unit test checks the list against the schema.
export const ALARM_REQUEST_COLUMNS = {
  id: "fact",
  number: "fact",
  status: "fact",
  addressLine1: "personal",
  addressLine2: "personal",
  town: "personal",
  postcode: "personal",
  postcodeKey: "personal",
  personName: "personal",
  contactPhone: "personal",
  contactNotes: "personal",
  riskSummary: "personal",
  hazards: "personal",
  crimeReference: "personal",
  controlRoomRef: "personal",
  district: "fact",
  reasonCategory: "fact",
  alarmType: "fact",
  periodDays: "fact",
  estimatedCost: "fact",
  requestedById: "fact",
  requestedAt: "fact",
  decidedAt: "fact",
  installedAt: "fact",
  tested: "fact",
  reviewDueAt: "fact",
  removedAt: "fact",
  closedAt: "fact",
  erasedAt: "fact",
  unitId: "fact",
} as const satisfies Record<Prisma.AlarmRequestScalarFieldEnum, "personal" | "fact">;

export type AlarmRequestColumn = keyof typeof ALARM_REQUEST_COLUMNS;

export const PERSONAL_COLUMNS = (Object.keys(ALARM_REQUEST_COLUMNS) as AlarmRequestColumn[]).filter(
  (column) => ALARM_REQUEST_COLUMNS[column] === "personal",
);

/** A Prisma `select` of every fact column: what a list or a page may show without need to know. */
export const FACT_SELECT = Object.fromEntries(
  (Object.keys(ALARM_REQUEST_COLUMNS) as AlarmRequestColumn[])
    .filter((column) => ALARM_REQUEST_COLUMNS[column] === "fact")
    .map((column) => [column, true]),
) as { [Column in AlarmRequestColumn as (typeof ALARM_REQUEST_COLUMNS)[Column] extends "fact" ? Column : never]: true };
