import "server-only";
import { createHmac } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { processSingleton } from "@/lib/process-singleton";

const HTTP_TIMEOUT_MS = 10_000;

/** `sha256=<hex>`: the HMAC-SHA256 of the exact body with the webhook's secret. */
export function webhookSignature(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

function transport(smtpUrl: string): Transporter {
  const transports = processSingleton("smtp-transports", () => new Map<string, Transporter>());
  let found = transports.get(smtpUrl);
  if (!found) {
    // A pool of connections reused across messages: thousands of emails, a handful of handshakes.
    const pooled = new URL(smtpUrl);
    pooled.searchParams.set("pool", "true");
    pooled.searchParams.set("maxConnections", "10");
    pooled.searchParams.set("maxMessages", "1000");
    found = nodemailer.createTransport(pooled.toString());
    transports.set(smtpUrl, found);
  }
  return found;
}

export async function sendEmail(
  smtpUrl: string,
  message: { id: string; from: string; to: string; subject: string; text: string; html: string },
) {
  await transport(smtpUrl).sendMail({
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    // The same id on every attempt, so a mail system can drop a repeat.
    messageId: `<${message.id}@estate-security>`,
    headers: { "X-Estate-Delivery": message.id },
  });
}

/** A JSON POST that must be answered 2xx within ten seconds. */
export async function postJson(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    redirect: "error",
  });
  if (!response.ok) throw new Error(`The receiver answered ${response.status} ${response.statusText}`.trim());
}
