import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "@/lib/data-directory";

/** A secret of the embedded default: made once, kept beside the data (readable by its owner only). */
export function loadOrCreateSecret(dataDir: string, name = "nextauth-secret"): string {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** The audit key for a command-line tool: the environment's, else the embedded default's file (never a new one). */
export function loadAuditKeyForCli(): void {
  const file = path.join(dataDirectory(), "audit-hmac-key");
  if (!process.env.AUDIT_HMAC_KEY && existsSync(file)) process.env.AUDIT_HMAC_KEY = readFileSync(file, "utf8").trim();
}
