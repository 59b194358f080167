import { z } from "zod";

const schema = z.object({
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(8),
});

export type SessionConfig = { idleMs: number; absoluteMs: number };

/** How long a session may stand idle, and at most (README, Configuration). */
export function sessionConfig(source: Record<string, string | undefined> = process.env): SessionConfig {
  const parsed = schema.safeParse(source);
  if (!parsed.success)
    throw new Error(
      `Invalid session settings: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`,
    );
  return { idleMs: parsed.data.SESSION_IDLE_MINUTES * 60_000, absoluteMs: parsed.data.SESSION_MAX_HOURS * 3_600_000 };
}
