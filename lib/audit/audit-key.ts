import { createHmac } from "node:crypto";
import path from "node:path";
import { dataDirectory } from "@/lib/data-directory";

/**
 * The key of the audit seals. It lives outside the database (environment, or a file in the data
 * folder for the embedded default), so someone who can write to the database cannot forge a seal.
 */
export function auditKey(): string {
  const key = process.env.AUDIT_HMAC_KEY;
  if (!key || key.length < 32)
    throw new Error("AUDIT_HMAC_KEY is not set (at least 32 characters): generate one with `openssl rand -hex 32`.");
  return key;
}

export function auditMac(key: string, ...parts: (string | number | bigint)[]): string {
  return createHmac("sha256", key).update(parts.join("|")).digest("hex");
}

/** Where signed checkpoints of the chain's head are appended: outside the audit table, outside the database. */
export function checkpointFile(): string {
  return process.env.AUDIT_CHECKPOINT_FILE ?? path.join(dataDirectory(), "audit-checkpoints.jsonl");
}
