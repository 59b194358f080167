import { z } from "zod";
import { ALL_ROLES } from "@/lib/auth/permissions";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-rules";

/** A password is never stored, only its Argon2id hash. */
export const newPassword = z
  .string({ error: "Give a password" })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters: three random words make a good one`)
  .max(256, "Keep the password under 256 characters");

const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value),
    schema.nullable(),
  );

/** A list from JSON (an array) or a form (every value of a repeated field). */
const list = <T extends z.ZodType>(item: T, message: string) =>
  z.preprocess((value) => (value === undefined || value === null ? [] : value), z.array(item, { error: message }));

export const userFields = {
  displayName: z
    .string({ error: "Give the name" })
    .trim()
    .min(2, "Give the name: at least 2 characters")
    .max(120, "Keep the name under 120 characters"),
  email: optionalText(z.email({ error: "Give an email address like name@police.uk" }).max(254)),
  roles: list(z.enum(ALL_ROLES, { error: "Choose roles from the list" }), "Choose roles from the list").refine(
    (roles) => roles.length > 0,
    "Choose at least one role",
  ),
  homeSiteId: optionalText(z.uuid({ error: "Choose a home site from the list" })),
  leadSiteIds: list(z.uuid({ error: "Choose sites from the list" }), "Choose sites from the list"),
};

export const createUserSchema = z.object({
  username: z
    .string({ error: "Give the username" })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/, "Give the username as 3 to 64 letters, digits, dots, hyphens or underscores"),
  ...userFields,
  /** None: one is made up and shown once. Either way the user chooses their own at first sign-in. */
  password: z.preprocess((value) => (value === "" ? undefined : value), newPassword.optional()),
});

export const updateUserSchema = z
  .object({ ...userFields, active: z.boolean({ error: "Give active as true or false" }) })
  .partial();

export type UserChanges = z.infer<typeof updateUserSchema>;
