import { z } from "zod";
import { dateTime, dayDate, optionalDateTime, pageNumber, yesNo } from "@/lib/validation";
import { MAX_PERIOD_DAYS, MIN_PERIOD_DAYS } from "@/lib/alarms/config";
import { isUkPostcode, normalisePostcode } from "@/lib/alarms/postcode";
import { ALARM_ACTIONS, ALARM_STATUSES } from "@/lib/alarms/transitions";
import { AlarmCallOutcome, AlarmReason, AlarmType, RiskGrade, UnitStatus } from "@/lib/generated/prisma/enums";

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(min, min <= 1 ? `Enter the ${label}` : `Enter the ${label}: at least ${min} characters`)
    .max(max, `The ${label} must be ${max} characters or fewer`);

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `The ${label} must be ${max} characters or fewer`)
    .optional()
    .transform((value) => value || undefined);

export const REASON_CATEGORIES = Object.values(AlarmReason);
export const ALARM_TYPES = Object.values(AlarmType);
export const UNIT_STATUSES = Object.values(UnitStatus);
export const ALARM_CALL_OUTCOMES = Object.values(AlarmCallOutcome);
export const RISK_GRADES = Object.values(RiskGrade);

const notInFuture = (day: Date) => day.getTime() <= Date.now();
const optionalDay = (message: string) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), dayDate(message).optional());

export const alarmRequestSchema = z
  .object({
    addressLine1: text("first line of the address", 3, 120),
    addressLine2: optionalText("second line of the address", 120),
    town: text("town", 2, 80),
    postcode: z
      .string({ error: "Enter the postcode" })
      .trim()
      .refine(isUkPostcode, "Enter a real UK postcode, like KB1 1AA")
      .transform(normalisePostcode),
    personName: text("name of the person protected", 2, 120),
    contactPhone: z
      .string({ error: "Enter a phone number" })
      .trim()
      .regex(/^\+?[0-9 ()-]{10,20}$/, "Enter a UK phone number, like 07700 900123"),
    contactNotes: optionalText("safe-contact notes", 1000),
    reasonCategory: z.enum(REASON_CATEGORIES, { error: "Choose the reason for the alarm" }),
    riskSummary: text("risk summary", 10, 2000),
    hazards: text("perpetrator and hazard information", 5, 2000),
    reference: z
      .string({ error: "Enter the intelligence or crime reference" })
      .trim()
      .regex(/^[A-Za-z0-9/-]{4,30}$/, "Enter the intelligence or crime reference: 4 to 30 letters, digits, / or -"),
    alarmType: z.enum(ALARM_TYPES, { error: "Choose the type of alarm" }),
    periodDays: z.coerce
      .number({ error: "Enter the number of days needed" })
      .int("Enter a whole number of days")
      .min(MIN_PERIOD_DAYS, `The period must be at least ${MIN_PERIOD_DAYS} days`)
      .max(MAX_PERIOD_DAYS, `The policy allows at most ${MAX_PERIOD_DAYS} days before a review`),
    // The risk record (DASH, MARAC, the agreed codeword and safe contact, consent).
    riskGrade: z.enum(RISK_GRADES, { error: "Choose the DASH risk grade: standard, medium or high" }),
    riskAssessedOn: dayDate("Enter the date of the risk assessment, like 2026-11-20").refine(
      notInFuture,
      "The risk assessment cannot be dated in the future",
    ),
    maracHeard: yesNo("Say whether the case has been heard at a MARAC"),
    maracDate: optionalDay("Enter the date of the MARAC, like 2026-11-20"),
    codeword: text("agreed codeword", 3, 40),
    safeContact: text("safe times and ways to make contact", 5, 500),
    dependants: optionalText("dependants at the address", 300),
    accessNotes: optionalText("access notes", 500),
    occupierConsent: yesNo("Say whether the occupier consents").refine(
      (value) => value,
      "The occupier must consent before an alarm is fitted",
    ),
    landlordConsent: z.preprocess(
      (value) => (value === "" ? undefined : value),
      yesNo("Say whether the landlord consents").optional(),
    ),
    keyholders: optionalText("keyholders", 500),
    setUnsetBy: optionalText("people who set and unset the alarm", 300),
  })
  // Zod runs this even when a field has failed, with that field as it was sent: check types first.
  .superRefine((request, context) => {
    const maracDate: unknown = request.maracDate;
    if (request.maracHeard === true && maracDate === undefined)
      context.addIssue({ code: "custom", path: ["maracDate"], message: "Enter the date the MARAC heard the case" });
    if (maracDate instanceof Date && !notInFuture(maracDate))
      context.addIssue({ code: "custom", path: ["maracDate"], message: "The MARAC date cannot be in the future" });
  });

export type AlarmRequestInput = z.infer<typeof alarmRequestSchema>;

const note = z
  .string()
  .trim()
  .max(2000, "Keep the note under 2,000 characters")
  .optional()
  .transform((value) => value || undefined);

export const transitionSchema = z.object({
  action: z.enum(ALARM_ACTIONS, { error: "Choose an action" }),
  note,
  unitId: z
    .union([z.uuid("Choose a unit from stock"), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  controlRoomRef: z
    .string()
    .trim()
    .max(40, "The control-room reference must be 40 characters or fewer")
    .optional()
    .transform((value) => value || undefined),
  installedAt: optionalDateTime("The time of fitting must be a real date and time"),
  reviewDueAt: optionalDateTime("The review date must be a real date and time"),
  tested: z.preprocess(
    (value) => (value === "" ? undefined : value),
    yesNo("Say whether the alarm was tested with the control room").optional(),
  ),
  rangThrough: z.preprocess(
    (value) => (value === "" ? undefined : value),
    yesNo("Say whether the device rang through to the control room").optional(),
  ),
  unitCondition: z.enum(["GOOD", "FAULTY"], { error: "Say whether the unit is good or faulty" }).optional(),
});

export type TransitionInput = z.infer<typeof transitionSchema>;

export const listAlarmsSchema = z.object({
  status: z.enum(ALARM_STATUSES, { error: "Unknown status" }).optional(),
  page: pageNumber.default(1),
  pageSize: z.coerce
    .number({ error: "Give the page size as a number from 1 to 200" })
    .int("Give the page size as a number from 1 to 200")
    .min(1, "Give the page size as a number from 1 to 200")
    .max(200, "Give the page size as a number from 1 to 200")
    .default(50),
});

/** A page number in the address that is not one shows the first page, as a queue with no number does. */
const queuePage = pageNumber.catch(1).default(1);
export const queuePagesSchema = z.object({
  own: queuePage,
  awaitingDecision: queuePage,
  reviewsDue: queuePage,
  toInstall: queuePage,
  toRemove: queuePage,
  toClose: queuePage,
  attention: queuePage,
  reviewNow: queuePage,
  awaitingLive: queuePage,
  fittedNotLive: queuePage,
  // A filter edited by hand in the address shows every status rather than an error.
  ownStatus: z.enum(ALARM_STATUSES).optional().catch(undefined),
});

export const justificationSchema = z
  .string({ error: "Say why you need to see this person's details" })
  .trim()
  .min(10, "Say why you need to see this person's details: at least 10 characters")
  .max(500, "Keep the justification under 500 characters");

export const consultationSchema = z.object({ reason: justificationSchema });

/** An unknown status filter shows every unit, as the unfiltered list does. */
export const listUnitsSchema = z.object({
  /** The start of an asset tag, as it is typed or scanned. */
  tag: z.string().trim().max(40).optional().catch(undefined),
  status: z.enum(UNIT_STATUSES).optional().catch(undefined),
  type: z.enum(ALARM_TYPES).optional().catch(undefined),
  page: pageNumber.catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).catch(50).default(50),
});

export const alarmUnitSchema = z.object({
  assetTag: z
    .string({ error: "Enter the asset tag" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,4}-[0-9]{3,6}$/, "Enter an asset tag like PA-0123"),
  type: z.enum(ALARM_TYPES, { error: "Choose the type of unit" }),
});

export const alarmCallSchema = z.object({
  occurredAt: dateTime("Enter when the alarm went off, as a real date and time"),
  outcome: z.enum(ALARM_CALL_OUTCOMES, { error: "Choose the outcome" }),
});

export const hazardSearchSchema = z.object({
  q: z
    .string({ error: "Enter a postcode or address" })
    .trim()
    .max(120, "Keep the search under 120 characters")
    .refine(
      (value) => value.replace(/[^\p{L}\p{N}]/gu, "").length >= 3,
      "Enter at least 3 letters or digits of a postcode or address",
    ),
});

export const addressCheckSchema = z.object({
  postcode: z
    .string({ error: "Enter the postcode" })
    .trim()
    .refine(isUkPostcode, "Enter a real UK postcode, like KB1 1AA")
    .transform(normalisePostcode),
  addressLine1: text("first line of the address", 3, 120),
});

export const unitMoveSchema = z.object({
  to: z.enum(UNIT_STATUSES, { error: "Choose where the unit goes" }),
  note: z
    .string()
    .trim()
    .max(1000, "Keep the note under 1,000 characters")
    .optional()
    .transform((value) => value || undefined),
});

export const assetTagSchema = z.object({
  assetTag: z
    .string({ error: "Enter or scan an asset tag" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,4}-[0-9]{3,6}$/, "Enter an asset tag like PA-0123"),
});

export const callLookupSchema = z.object({
  q: z
    .string({ error: "Enter a device reference, phone number, postcode or address" })
    .trim()
    .max(120, "Keep the search under 120 characters")
    .refine(
      (value) => value.replace(/[^\p{L}\p{N}]/gu, "").length >= 3,
      "Enter at least 3 letters or digits of a device reference, phone number, postcode or address",
    ),
  reason: optionalText("reason for the lookup", 200),
});

export const disclosureSchema = z.object({
  recipient: text("person the data was disclosed to", 2, 120),
  organisation: text("organisation", 2, 120),
  lawfulBasis: text("lawful basis", 5, 300),
  details: text("description of what was disclosed", 5, 1000),
  disclosedAt: dateTime("Enter when the data was disclosed, as a real date and time"),
});

export const RECORD_REVIEW_DECISIONS = ["RETAIN", "DISPOSE"] as const;

export const recordReviewSchema = z.object({
  decision: z.enum(RECORD_REVIEW_DECISIONS, { error: "Choose whether to retain or dispose of the record" }),
  reason: optionalText("reason", 1000),
  nextReviewAt: optionalDateTime("Enter the next review date as a real date"),
});

export const pageSchema = z.object({ page: pageNumber.default(1) });
