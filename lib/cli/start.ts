// `npm start` (after the build), `npm run dev` and the end-to-end tests' server:
// database, migrations, demo data, then the app.
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/cli/embedded-database";
import { binPath, runCommand, startCommand } from "@/lib/cli/run-command";
import { loadOrCreateSecret } from "@/lib/cli/secret";
import { dataDirectory } from "@/lib/data-directory";
import { parseEnv } from "@/lib/env";

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "User"`);
    return rows[0].count === "0";
  } finally {
    await client.end();
  }
}

async function seed() {
  const { db } = await import("@/lib/db");
  const { seedDemoData } = await import("@/lib/demo/seed-demo-data");
  await seedDemoData(db);
  await db.$disconnect();
}

async function main() {
  const isDev = process.argv.includes("--dev");
  const port = process.env.PORT ?? "3000";
  const isEmbedded = !process.env.DATABASE_URL;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: isDev ? "development" : "production", PORT: port };
  let stopDatabase = async () => {};
  if (isEmbedded) {
    const dataDir = dataDirectory();
    mkdirSync(dataDir, { recursive: true });
    const password = loadOrCreateSecret(dataDir, "pglite-password");
    const database = await startEmbeddedDatabase(
      path.join(dataDir, "pglite"),
      Number(process.env.EMBEDDED_DATABASE_PORT ?? 0),
      password,
    );
    stopDatabase = database.stop;
    Object.assign(env, { DATABASE_URL: database.url, EMBEDDED_DATABASE: "1" });
    env.NEXTAUTH_SECRET ??= loadOrCreateSecret(dataDir);
    env.AUDIT_HMAC_KEY ??= loadOrCreateSecret(dataDir, "audit-hmac-key");
    console.log(`Embedded PostgreSQL (PGlite) with its data in ${dataDir}`);
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  Object.assign(process.env, env);
  parseEnv(env);

  // Migrations run as the schema's owner; the app itself may run as a role that is not (prisma/app-role.sql).
  const migrationUrl = process.env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  await runCommand(binPath("prisma"), ["migrate", "deploy"], { ...env, DATABASE_URL: migrationUrl });
  if (isEmbedded && (await isEmpty(env.DATABASE_URL!))) {
    await seed();
    console.log("Loaded the demo data (see README for the demo accounts).");
  }

  const app = startCommand(process.execPath, ["lib/cli/serve.mjs", ...(isDev ? ["--dev"] : [])], env);
  const shutdown = async (code: number) => {
    await stopDatabase();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => app.kill(signal));
  app.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
