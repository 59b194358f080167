import { z } from "zod";
import { parseScim, patchOperationsSchema } from "@/lib/scim/parse";
import { ScimError } from "@/lib/scim/scim-error";

export const USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** What this app keeps of a SCIM user; `department` is the home site's code. */
export type UserAttributes = {
  userName?: string;
  externalId?: string | null;
  displayName?: string;
  email?: string | null;
  active?: boolean;
  department?: string | null;
};

// Entra sends booleans as "True"/"False" in PATCH values.
const scimBoolean = z.union([
  z.boolean(),
  z.enum(["True", "False", "true", "false"]).transform((v) => v.toLowerCase() === "true"),
]);
const text = z.string().trim().min(1).max(254);
const email = z.object({
  value: z.string().trim().max(254),
  primary: z.boolean().optional(),
  type: z.string().optional(),
});

const userSchema = z.object({
  userName: text,
  externalId: z.string().trim().max(254).nullish(),
  displayName: z.string().trim().max(120).nullish(),
  name: z
    .object({ formatted: z.string().optional(), givenName: z.string().optional(), familyName: z.string().optional() })
    .nullish(),
  emails: z.array(email).nullish(),
  active: scimBoolean.optional(),
  [ENTERPRISE_SCHEMA]: z.object({ department: z.string().trim().max(60).nullish() }).nullish(),
});

const primaryEmail = (emails: z.infer<typeof email>[] | null | undefined) =>
  (emails?.find((entry) => entry.primary) ?? emails?.find((entry) => entry.type === "work") ?? emails?.[0])?.value ||
  null;

/** A whole SCIM user (POST and PUT) as this app's attributes. */
export function userAttributesOf(body: unknown): Required<UserAttributes> {
  const user = parseScim(userSchema, body);
  const formatted = user.name?.formatted || [user.name?.givenName, user.name?.familyName].filter(Boolean).join(" ");
  return {
    userName: user.userName,
    externalId: user.externalId ?? null,
    displayName: user.displayName || formatted || user.userName,
    email: primaryEmail(user.emails),
    active: user.active ?? true,
    department: user[ENTERPRISE_SCHEMA]?.department || null,
  };
}

/** One attribute path of a PATCH, as Entra writes them, to this app's attribute (undefined: not kept here). */
function attributeOf(path: string): keyof UserAttributes | undefined {
  const lower = path.toLowerCase();
  if (lower === "username") return "userName";
  if (lower === "externalid") return "externalId";
  if (lower === "displayname") return "displayName";
  if (lower === "active") return "active";
  if (lower.startsWith("emails")) return "email";
  if (lower === `${ENTERPRISE_SCHEMA}:department`.toLowerCase()) return "department";
  return undefined;
}

function valueOf(attribute: keyof UserAttributes, value: unknown): UserAttributes[keyof UserAttributes] {
  const checked = (schema: z.ZodType) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new ScimError(400, `${attribute}: ${parsed.error.issues[0].message}`, "invalidValue");
    return parsed.data as never;
  };
  if (attribute === "active") return checked(scimBoolean);
  if (attribute === "email") return Array.isArray(value) ? primaryEmail(checked(z.array(email))) : checked(text);
  return checked(attribute === "department" ? z.string().trim().max(60) : text);
}

/**
 * A PATCH's Operations (RFC 7644 §3.5.2, as Entra sends them: capitalised ops, string booleans,
 * a value object without a path) as the attributes it changes. Attributes not kept here are ignored.
 */
export function userPatchOf(body: unknown): UserAttributes {
  const { Operations } = parseScim(patchOperationsSchema, body);
  const changes: UserAttributes = {};
  const set = (path: string, value: unknown, remove: boolean) => {
    const attribute = attributeOf(path);
    if (!attribute) return;
    if (remove) {
      if (attribute === "userName" || attribute === "active" || attribute === "displayName")
        throw new ScimError(400, `${attribute} cannot be removed.`, "mutability");
      (changes as Record<string, unknown>)[attribute] = null;
    } else (changes as Record<string, unknown>)[attribute] = valueOf(attribute, value);
  };
  for (const operation of Operations) {
    if (operation.path) {
      set(operation.path, operation.value, operation.op === "remove");
    } else if (operation.value && typeof operation.value === "object" && operation.op !== "remove") {
      for (const [path, value] of Object.entries(operation.value)) {
        if (path === ENTERPRISE_SCHEMA && value && typeof value === "object") {
          for (const [inner, innerValue] of Object.entries(value))
            set(`${ENTERPRISE_SCHEMA}:${inner}`, innerValue, false);
        } else set(path, value, false);
      }
    } else throw new ScimError(400, "Give each operation a path, or a value object.", "noTarget");
  }
  return changes;
}
