import { z } from "zod";
import { ALL_ROLES } from "@/lib/auth/permissions";
import { OptionCadence, OptionVisibility, ResponseLevel, SiteType } from "@/lib/generated/prisma/enums";

export const SITE_TYPES = Object.values(SiteType);

const number = (field: string, max: number) =>
  z.coerce
    .number({ error: `Enter the ${field} as a number` })
    .min(0, `The ${field} cannot be negative`)
    .max(max, `The ${field} must be at most ${max.toLocaleString("en-GB")}`);

export const policyOptionSchema = z.object({
  optionId: z.union([z.uuid(), z.literal("")]).optional(),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z]{2,4}-\d{2,3}$/, "Use a code like ACC-01: 2 to 4 capitals, a hyphen, 2 or 3 digits"),
  title: z
    .string()
    .trim()
    .min(3, "Give a title of at least 3 characters")
    .max(120, "Keep the title under 120 characters"),
  guidance: z
    .string()
    .trim()
    .min(10, "Give guidance of at least 10 characters")
    .max(2000, "Keep the guidance under 2,000 characters"),
  category: z.string().trim().min(2, "Give a category").max(60, "Keep the category under 60 characters"),
  minLevel: z.enum(ResponseLevel, { error: "Choose the lowest level at which it applies" }),
  siteTypes: z
    .array(z.enum(SITE_TYPES), { error: "Choose at least one site type" })
    .min(1, "Choose at least one site type"),
  ownerRole: z.enum(ALL_ROLES, { error: "Choose the owner role" }),
  officerHoursPerDay: number("officer-hours per day", 1000).multipleOf(0.1, "Use at most one decimal place"),
  costPerDay: number("cost per day", 1_000_000).int("Enter the cost in whole pounds"),
  visibility: z.enum(OptionVisibility, { error: "Choose who may see it" }),
  cadence: z.enum(OptionCadence, { error: "Choose how often it is confirmed" }).default("ONCE"),
});

export const policyDetailsSchema = z.object({
  owner: z.string().trim().min(3, "Name the policy owner").max(120, "Keep the owner under 120 characters"),
});

export type PolicyOptionInput = z.infer<typeof policyOptionSchema>;

/** Publishing is an approval: the approver confirms having reviewed the changes shown. */
export const publishPolicySchema = z.object({
  confirm: z
    .union([z.literal(true), z.literal("true"), z.literal("on")], {
      error: "Confirm that you have reviewed the changes and approve publishing them",
    })
    .transform(() => true as const),
});
