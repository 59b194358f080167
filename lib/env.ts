import { z } from "zod";

const baseSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }).optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  EMBEDDED_DATABASE: z.enum(["1"]).optional(),
  AUDIT_HMAC_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
});

export type Env = z.infer<typeof baseSchema>;

/** Validates the environment; production on a real server refuses to start without a secret. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = baseSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  const env = result.data;
  const isProductionServer = env.NODE_ENV === "production" && env.DATABASE_URL && !env.EMBEDDED_DATABASE;
  for (const name of ["NEXTAUTH_SECRET", "AUDIT_HMAC_KEY"] as const) {
    if (isProductionServer && !env[name]) {
      throw new Error(
        `${name} is required in production with DATABASE_URL set: generate one with \`openssl rand -hex 32\`.`,
      );
    }
  }
  return env;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
