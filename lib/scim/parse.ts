import { z } from "zod";
import { ScimError } from "@/lib/scim/scim-error";

/** RFC 7644 §3.5.2's PatchOp body; ops compared without case, as Entra capitalises them. */
export const patchOperationsSchema = z.object({
  Operations: z
    .array(
      z.object({
        op: z
          .string()
          .transform((op) => op.toLowerCase())
          .pipe(z.enum(["add", "replace", "remove"])),
        path: z.string().optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1),
});

/** Parses a SCIM body, or answers 400 invalidValue naming each bad attribute. */
export function parseScim<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
    throw new ScimError(400, detail, "invalidValue");
  }
  return parsed.data;
}
