// `npm run bench:seed-large [-- --scale 0.01]`: a new database on the PostgreSQL server
// (BENCH_DATABASE_URL, default the local one) named --database or BENCH_LARGE_DATABASE (default estate_large),
// migrated and filled with five years of a force: 300 sites, 8,000 people, ~200,000 checklist
// items, 20,000 alarm requests, 1,000,000 audit events. Set-based SQL; prints each step's time.
// Every bench user signs in with the demo password: bench00001 … (STAFF mostly), or the demo users.
import { parseArgs } from "node:util";
import pg from "pg";
import { binPath, runCommand } from "@/lib/cli/run-command";
import { BENCH_AUDIT_KEY } from "./bench-server";
import { raisesFor, sizeAt, STEPS } from "./large-dataset";

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CHAIN_BATCH = 100_000;

export function largeDatabaseUrl(name = process.env.BENCH_LARGE_DATABASE ?? "estate_large"): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(36)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function recreate(url: string) {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await runCommand(binPath("prisma"), ["migrate", "deploy"], { ...process.env, DATABASE_URL: url }, "ignore");
}

export async function seedLarge(scale: number, url = largeDatabaseUrl()) {
  const size = sizeAt(scale);
  console.log(`Large dataset at scale ${scale} into ${url.replace(/\/\/[^@]*@/, "//")}: ${JSON.stringify(size)}`);
  await timed("database created and migrated", () => recreate(url));
  process.env.DATABASE_URL = url;
  process.env.AUDIT_HMAC_KEY ??= BENCH_AUDIT_KEY;
  delete process.env.EMBEDDED_DATABASE;
  const { db } = await import("@/lib/db");
  const { seedDemoData } = await import("@/lib/demo/seed-demo-data");
  await timed("demo data (domain code)", () => seedDemoData(db));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await timed("sites", () => client.query(STEPS.SITES.sql(size, {})));
    await timed("users", () => client.query(STEPS.USERS.sql(size, {})));
    const raises = await raisesFor(client, size);
    await timed(`level history (${raises} raises)`, () => client.query(STEPS.LEVEL_HISTORY.sql(size, { raises })));
    await timed("closed checklists", () => client.query(STEPS.CHECKLISTS.sql(size, {})));
    await timed("alarm requests", () => client.query(STEPS.ALARMS.sql(size, {})));
    await timed("audit events", () => client.query(STEPS.AUDIT.sql(size, {})));
    await timed("audit chain linked", async () => {
      for (;;) {
        const { rows } = await client.query<{ chained: number }>(
          `SELECT audit_chain_pending(${CHAIN_BATCH}) AS chained`,
        );
        if (rows[0].chained < CHAIN_BATCH) break;
      }
    });
    await timed("ANALYZE", () => client.query("ANALYZE"));
  } finally {
    await client.end();
  }

  const { readCurrentUser } = await import("@/lib/auth/sessions");
  const { changeResponseLevel } = await import("@/lib/levels/change-response-level");
  const { sealAuditChain } = await import("@/lib/audit/seal-audit-chain");
  const { verifyAuditIncrementally } = await import("@/lib/audit/verify-incrementally");
  await timed("force raised to HEIGHTENED (domain)", async () => {
    const commander = await readCurrentUser({ username: "commander" });
    const { version } = await db.forceLevel.findUniqueOrThrow({ where: { id: 1 } });
    await changeResponseLevel(commander, {
      scope: "FORCE",
      level: "HEIGHTENED",
      reason: "Large dataset: the force at HEIGHTENED",
      reviewBy: new Date(Date.now() + 30 * 86_400_000),
      expectedVersion: version,
    });
  });
  await timed("audit sealed and verified", async () => {
    await sealAuditChain(db);
    await verifyAuditIncrementally(db);
  });
  const counts = await db.$queryRaw<Record<string, bigint>[]>`
    SELECT (SELECT count(*) FROM "Site") AS sites, (SELECT count(*) FROM "User") AS users,
      (SELECT count(*) FROM "LevelChange") AS "levelChanges", (SELECT count(*) FROM "ChecklistItem") AS "checklistItems",
      (SELECT count(*) FROM "AlarmRequest") AS alarms, (SELECT count(*) FROM "AlarmCall") AS "alarmCalls",
      (SELECT count(*) FROM "AlarmAccess") AS "accessRows", (SELECT count(*) FROM "AuditEvent") AS "auditEvents"`;
  console.log(
    `  rows: ${Object.entries(counts[0])
      .map(([name, count]) => `${name} ${count}`)
      .join(", ")}`,
  );
  await db.$disconnect();
  return url;
}

if (process.argv[1]?.endsWith("seed-large.ts")) {
  const { values } = parseArgs({ options: { scale: { type: "string" }, database: { type: "string" } } });
  seedLarge(Number(values.scale ?? process.env.BENCH_SCALE ?? 1), largeDatabaseUrl(values.database)).then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
