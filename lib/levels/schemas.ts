import { z } from "zod";
import { optionalDateTime, wholeNumber } from "@/lib/validation";
import { LevelScope, ThreatScope } from "@/lib/generated/prisma/enums";
import { CHECKLIST_STATUSES } from "@/lib/levels/checklist-rules";
import { RESPONSE_LEVELS, THREAT_LEVELS } from "@/lib/levels/response-levels";

const reason = z
  .string({ error: "Give a reason" })
  .trim()
  .min(5, "Give a reason of at least 5 characters")
  .max(1000, "Keep the reason under 1,000 characters");

/** Longest a site override may run before it must be reviewed or renewed. */
export const MAX_OVERRIDE_DAYS = 28;

export const recordThreatSchema = z.object({
  scope: z.enum(ThreatScope, { error: "Choose national or police sector" }),
  level: z.enum(THREAT_LEVELS, { error: "Choose a threat level" }),
  reason,
  source: z.string().trim().max(200, "Keep the source under 200 characters").default("JTAC"),
});

const levelChangeFields = z.object({
  scope: z.enum(LevelScope, { error: "Choose force or site" }),
  siteId: z.uuid("Choose a site").optional(),
  level: z.enum(RESPONSE_LEVELS, { error: "Choose a response level" }),
  reason,
  expiresAt: optionalDateTime("The expiry must be a real date and time"),
  reviewBy: optionalDateTime("The review-by time must be a real date and time"),
  expectedVersion: wholeNumber("The version the change is based on is missing"),
});

export const changeLevelSchema = levelChangeFields.superRefine((value, ctx) => {
  if (value.scope === "SITE" && !value.siteId)
    ctx.addIssue({ code: "custom", path: ["siteId"], message: "Choose a site" });
});

export const previewLevelSchema = levelChangeFields.omit({ reason: true, expectedVersion: true });

export const LEVEL_REVIEW_DECISIONS = ["MAINTAIN", "CHANGE"] as const;

/** `POST /api/levels/review`: keep the level in force until a new review-by time, or change it. */
export const reviewLevelSchema = z
  .object({
    scope: z.enum(LevelScope, { error: "Choose force or site" }),
    siteId: z.uuid("Choose a site").optional(),
    decision: z.enum(LEVEL_REVIEW_DECISIONS, { error: "Choose to maintain the level or change it" }),
    level: z.enum(RESPONSE_LEVELS, { error: "Choose a response level" }).optional(),
    reviewBy: optionalDateTime("The review-by time must be a real date and time"),
    reason,
    expectedVersion: wholeNumber("The version the review is based on is missing"),
  })
  .superRefine((value, ctx) => {
    if (value.scope === "SITE" && !value.siteId)
      ctx.addIssue({ code: "custom", path: ["siteId"], message: "Choose a site" });
    if (value.decision === "CHANGE" && !value.level)
      ctx.addIssue({ code: "custom", path: ["level"], message: "Choose the level to change to" });
  });

export const updateChecklistItemSchema = z
  .object({
    status: z.enum(CHECKLIST_STATUSES, { error: "Choose a status" }),
    rationale: z.string().trim().max(2000, "Keep the rationale under 2,000 characters").optional(),
    assigneeId: z.union([z.uuid("Choose an assignee"), z.literal(""), z.null()]).optional(),
    dueAt: optionalDateTime("The due time must be a real date and time"),
    dueChangeReason: z.string().trim().max(500, "Keep the reason under 500 characters").optional(),
    expectedVersion: wholeNumber("The version the change is based on is missing"),
  })
  .superRefine((value, ctx) => {
    if (value.status === "NOT_IMPLEMENTED" && !value.rationale) {
      ctx.addIssue({
        code: "custom",
        path: ["rationale"],
        message: "Give the rationale for not implementing this option",
      });
    }
  });

/** Decisions a site lead may take on many items at once: neither needs a rationale per item. */
export const BULK_CHECKLIST_STATUSES = ["IMPLEMENTED", "NOT_APPLICABLE"] as const;

export const bulkChecklistSchema = z.object({
  status: z.enum(BULK_CHECKLIST_STATUSES, { error: "Choose implemented or not applicable" }),
  items: z
    .array(
      z.object({
        id: z.uuid("Choose checklist items from this site"),
        expectedVersion: wholeNumber("The version each change is based on is missing"),
      }),
      { error: "Select at least one item" },
    )
    .min(1, "Select at least one item")
    .max(500, "Select at most 500 items at once")
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, "Select each item once"),
});

export const acknowledgeSchema = z.object({
  siteId: z.uuid("Choose a site"),
  postureVersion: wholeNumber("The posture version is missing").refine(
    (value) => value >= 1,
    "The posture version is missing",
  ),
});

export type ChangeLevelInput = z.infer<typeof changeLevelSchema>;
