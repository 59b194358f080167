import { randomUUID } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/cli/embedded-database";
import { binPath, runCommand } from "@/lib/cli/run-command";

async function createServerDatabase(serverUrl: string) {
  const name = `estate_test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
  return { url: url.toString(), stop: drop };
}

/** A fresh, migrated database for this run: in-memory PGlite, or a new one on TEST_DATABASE_URL's server. */
export default async function setup() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const database = serverUrl ? await createServerDatabase(serverUrl) : await startEmbeddedDatabase();
  process.env.DATABASE_URL = database.url;
  if (serverUrl) delete process.env.EMBEDDED_DATABASE;
  else process.env.EMBEDDED_DATABASE = "1";
  await runCommand(binPath("prisma"), ["migrate", "deploy"], process.env);
  console.log(`Integration tests on ${serverUrl ? "PostgreSQL server" : "embedded PGlite"}`);
  return database.stop;
}
