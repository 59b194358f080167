import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may open a personal column: the requester and approvers ("full"), the installer fitting or
 * removing the kit, the control-room call handler answering the alarm. An empty list: a column
 * kept only for searching, never shown.
 */
export type PersonalView = "full" | "installer" | "control";

const EVERY_VIEW = ["full", "installer", "control"] as const satisfies PersonalView[];
const personal = (...views: PersonalView[]) => ({ personal: views }) as const;

// Every column of an alarm request is either personal data (DPA 2018 Part 3: shown on need to
// know, erased on disposal) or a fact kept for reporting. The one definition used by disposal,
// reads, the installer's and the control room's views and the tests: a new column does not
// compile until it is classified here, and a unit test checks the list against the schema.
export const ALARM_REQUEST_COLUMNS = {
  id: "fact",
  number: "fact",
  status: "fact",
  addressLine1: personal(...EVERY_VIEW),
  addressLine2: personal(...EVERY_VIEW),
  town: personal(...EVERY_VIEW),
  postcode: personal(...EVERY_VIEW),
  postcodeKey: personal(),
  phoneKey: personal(),
  personName: personal(...EVERY_VIEW),
  contactPhone: personal(...EVERY_VIEW),
  contactNotes: personal(...EVERY_VIEW),
  safeContact: personal(...EVERY_VIEW),
  accessNotes: personal(...EVERY_VIEW),
  keyholders: personal(...EVERY_VIEW),
  setUnsetBy: personal(...EVERY_VIEW),
  codeword: personal("full", "control"),
  dependants: personal("full", "control"),
  hazards: personal("full", "control"),
  crimeReference: personal("full", "control"),
  riskSummary: personal("full"),
  controlRoomRef: personal(...EVERY_VIEW),
  district: "fact",
  reasonCategory: "fact",
  alarmType: "fact",
  periodDays: "fact",
  estimatedCost: "fact",
  riskGrade: "fact",
  riskAssessedOn: "fact",
  maracHeard: "fact",
  maracDate: "fact",
  occupierConsent: "fact",
  landlordConsent: "fact",
  requestedById: "fact",
  requestedAt: "fact",
  decidedAt: "fact",
  installedAt: "fact",
  tested: "fact",
  liveConfirmedAt: "fact",
  reviewDueAt: "fact",
  attentionSince: "fact",
  reviewNowSince: "fact",
  removedAt: "fact",
  closedAt: "fact",
  recordReviewDueAt: "fact",
  recordReviewQueuedAt: "fact",
  erasedAt: "fact",
  unitId: "fact",
} as const satisfies Record<Prisma.AlarmRequestScalarFieldEnum, "fact" | { personal: readonly PersonalView[] }>;

export type AlarmRequestColumn = keyof typeof ALARM_REQUEST_COLUMNS;
type Columns = typeof ALARM_REQUEST_COLUMNS;
type FactColumn = {
  [Column in AlarmRequestColumn]: Columns[Column] extends "fact" ? Column : never;
}[AlarmRequestColumn];
export type PersonalColumn = Exclude<AlarmRequestColumn, FactColumn>;

const ALL_COLUMNS = Object.keys(ALARM_REQUEST_COLUMNS) as AlarmRequestColumn[];

export const PERSONAL_COLUMNS = ALL_COLUMNS.filter(
  (column): column is PersonalColumn => ALARM_REQUEST_COLUMNS[column] !== "fact",
);

/** The personal columns a view may open, in the schema's order. */
export function personalColumnsFor(view: PersonalView): PersonalColumn[] {
  return PERSONAL_COLUMNS.filter((column) =>
    (ALARM_REQUEST_COLUMNS[column] as { personal: readonly PersonalView[] }).personal.includes(view),
  );
}

/** A Prisma `select` of the given columns. */
export function selectColumns<T extends string>(columns: readonly T[]) {
  return Object.fromEntries(columns.map((column) => [column, true])) as Record<T, true>;
}

/** A Prisma `select` of every fact column: what a list or a page may show without need to know. */
export const FACT_SELECT = selectColumns(
  ALL_COLUMNS.filter((column): column is FactColumn => ALARM_REQUEST_COLUMNS[column] === "fact"),
);
