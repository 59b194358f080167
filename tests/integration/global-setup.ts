import { startEmbeddedDatabase } from "@/lib/cli/embedded-database";
import { binPath, runCommand } from "@/lib/cli/run-command";
import { createServerDatabase } from "../support/server-database";

/** A fresh, migrated database for this run: in-memory PGlite, or a new one on TEST_DATABASE_URL's server. */
export default async function setup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const database = serverUrl ? await createServerDatabase(serverUrl, "estate_test") : await startEmbeddedDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUDIT_HMAC_KEY ??= "integration-tests-audit-key-0123456789abcdef";
  if (serverUrl) delete process.env.EMBEDDED_DATABASE;
  else process.env.EMBEDDED_DATABASE = "1";
  await runCommand(binPath("prisma"), ["migrate", "deploy"], process.env);
  console.log(`Integration tests on ${serverUrl ? "PostgreSQL server" : "embedded PGlite"}`);
  return database.stop;
}
