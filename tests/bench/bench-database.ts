import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/cli/embedded-database";
import { binPath, runCommand } from "@/lib/cli/run-command";
import { createServerDatabase } from "../support/server-database";

export type BenchDatabase = { url: string; kind: "PostgreSQL" | "PGlite"; stop: () => Promise<void> };

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function isServerReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** A fresh, migrated database: a new one on the PostgreSQL server, or in-memory PGlite. */
export async function createBenchDatabase(kind: BenchDatabase["kind"]): Promise<BenchDatabase> {
  let database: BenchDatabase;
  if (kind === "PGlite") {
    const embedded = await startEmbeddedDatabase();
    database = { url: embedded.url, kind, stop: embedded.stop };
  } else {
    database = { ...(await createServerDatabase(SERVER_URL, "estate_bench")), kind };
  }
  await runCommand(
    binPath("prisma"),
    ["migrate", "deploy"],
    { ...process.env, DATABASE_URL: database.url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    "ignore",
  );
  return database;
}
