import { z } from "zod";
import { MINUTE, SECOND } from "@/lib/time";

const minutes = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(fallback);

const notifySchema = z.object({
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().min(3).default("Estate Security <estate-security@localhost>"),
  TEAMS_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
  NEXTAUTH_URL: z.url().optional(),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  OUTBOX_RETRY_BASE_SECONDS: z.coerce.number().min(0.01).max(3600).default(30),
  ACK_REMINDER_MINUTES: minutes(60),
  ACK_ESCALATE_MINUTES: minutes(240),
});

export type NotifyConfig = {
  smtpUrl?: string;
  mailFrom: string;
  teamsWebhookUrl?: string;
  appUrl: string;
  maxAttempts: number;
  retryBaseMs: number;
  reminderAfterMs: number;
  escalateAfterMs: number;
};

/** Notification settings from the environment; each channel is off until its address is set. */
export function notifyConfig(source: Record<string, string | undefined> = process.env): NotifyConfig {
  const parsed = notifySchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new Error(`Invalid notification settings: ${problems.join("; ")}`);
  }
  const env = parsed.data;
  return {
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    teamsWebhookUrl: env.TEAMS_WEBHOOK_URL,
    appUrl: (env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, ""),
    maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
    retryBaseMs: env.OUTBOX_RETRY_BASE_SECONDS * SECOND,
    reminderAfterMs: env.ACK_REMINDER_MINUTES * MINUTE,
    escalateAfterMs: env.ACK_ESCALATE_MINUTES * MINUTE,
  };
}
