// `npm run bench:writes [-- --scale 0.2 --seconds 15 --writers 50 --no-build]`: 50 people writing at
// once over HTTP — site leads deciding checklist items, call handlers recording alarm calls — on a
// PostgreSQL server, against the same writes with auditing switched off in the database (a
// trigger that drops audit rows, on a copy of the same data). Prints both rates, the share of busy
// database sessions waiting on a lock, and whether the audit trail still verifies. Target: ≥ 60 %
// of the no-audit rate, ≤ 20 % of busy sessions waiting (issue 17; decision 018).
import { rmSync } from "node:fs";
import http from "node:http";
import { parseArgs } from "node:util";
import pg from "pg";
import { binPath, runCommand } from "@/lib/cli/run-command";
import { isServerReachable } from "./bench-database";
import { BENCH_AUDIT_KEY, BENCH_BASE, startBenchServer } from "./bench-server";
import { signIn } from "./http-client";
import { leadWorker, query, send, type Worker } from "./http-writers";
import { largeDatabaseUrl } from "./seed-large";

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SEEDED = "estate_bench_writes";
const LEAD_SHARE = 0.8;

type Run = { writesPerSecond: number; failed: number; busy: number; waiting: number };

async function copyDatabase(name: string, auditOff: boolean): Promise<string> {
  await query(SERVER_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await query(SERVER_URL, `CREATE DATABASE "${name}" TEMPLATE "${SEEDED}"`);
  const url = largeDatabaseUrl(name);
  if (auditOff)
    await query(
      url,
      `CREATE FUNCTION bench_drop_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
       CREATE TRIGGER aaa_bench_audit_off BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION bench_drop_audit_row();`,
    );
  return url;
}

/** A call handler recording calls on live alarms, each handler on a share of them of its own. */
async function callWorker(username: string, alarms: string[]): Promise<Worker> {
  let turn = 0;
  return {
    cookie: await signIn(BENCH_BASE, username),
    next: () => ({
      method: "POST",
      path: `/api/alarms/${alarms[turn++ % alarms.length]}/calls`,
      body: { occurredAt: new Date(Date.now() - 60_000).toISOString(), outcome: "TEST" },
    }),
    onReply: () => {},
  };
}

async function workersFor(url: string, writers: number): Promise<Worker[]> {
  const leads = await query<{ username: string; siteId: string }>(
    url,
    `SELECT u."username", u."homeSiteId" AS "siteId" FROM "User" u
     WHERE u."username" LIKE 'bench%' AND 'SITE_LEAD' = ANY(u."roles") ORDER BY u."username" LIMIT ${Math.round(writers * LEAD_SHARE)}`,
  );
  const handlers = await query<{ username: string }>(
    url,
    `SELECT "username" FROM "User" WHERE 'CONTROL_ROOM' = ANY("roles") ORDER BY "username"`,
  );
  const live = (
    await query<{ id: string }>(
      url,
      `SELECT "id" FROM "AlarmRequest" WHERE "status" = 'INSTALLED' AND "liveConfirmedAt" IS NOT NULL`,
    )
  ).map((alarm) => alarm.id);
  const workers = await Promise.all(leads.map((lead) => leadWorker(url, lead.username, lead.siteId)));
  const callers = writers - workers.length;
  for (let index = 0; index < callers; index++) {
    const share = live.filter((_, position) => position % callers === index);
    workers.push(await callWorker(handlers[index % handlers.length].username, share));
  }
  return workers;
}

/** Busy sessions of the app on the database, and those waiting on a lock, sampled every 100 ms. */
function sampleLocks(url: string) {
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: SERVER_URL });
  let busy = 0;
  let waiting = 0;
  let running = true;
  const done = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ busy: string; waiting: string }>(
        `SELECT count(*) FILTER (WHERE state = 'active') AS busy,
           count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock') AS waiting
         FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [name],
      );
      busy += Number(rows[0].busy);
      waiting += Number(rows[0].waiting);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.end();
  })();
  return async () => {
    running = false;
    await done;
    return { busy, waiting };
  };
}

const checkpointFileOf = (url: string) => `.bench-data/audit-checkpoints-${new URL(url).pathname.slice(1)}.jsonl`;

async function run(url: string, writers: number, seconds: number): Promise<Run> {
  rmSync(checkpointFileOf(url), { force: true });
  const server = await startBenchServer(
    { url, kind: "PostgreSQL", stop: async () => {} },
    { NEXT_DIST_DIR: ".next", AUDIT_CHECKPOINT_FILE: checkpointFileOf(url) },
  );
  try {
    const workers = await workersFor(url, writers);
    const agent = new http.Agent({ keepAlive: true, maxSockets: writers });
    for (const worker of workers.slice(0, 5)) await send(agent, worker, worker.next()!); // warm the routes
    let completed = 0;
    let failed = 0;
    const stopSampling = sampleLocks(url);
    const started = Date.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      workers.map(async (worker) => {
        while (Date.now() < deadline) {
          const request = worker.next();
          if (!request) return;
          if (await send(agent, worker, request)) completed++;
          else failed++;
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    const { busy, waiting } = await stopSampling();
    agent.destroy();
    return { writesPerSecond: completed / elapsed, failed, busy, waiting };
  } finally {
    await server.stop();
  }
}

async function verifies(url: string): Promise<boolean> {
  try {
    await runCommand(
      binPath("tsx"),
      ["--conditions=react-server", "lib/cli/audit-verify.ts"],
      {
        ...process.env,
        DATABASE_URL: url,
        AUDIT_HMAC_KEY: BENCH_AUDIT_KEY,
        AUDIT_CHECKPOINT_FILE: checkpointFileOf(url),
      },
      "ignore",
    );
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "0.2" },
      seconds: { type: "string", default: "15" },
      writers: { type: "string", default: "50" },
      rounds: { type: "string", default: "2" },
      "no-build": { type: "boolean", default: false },
    },
  });
  if (!(await isServerReachable())) throw new Error("bench:writes needs a PostgreSQL server (BENCH_DATABASE_URL).");
  const [writers, seconds, rounds] = [Number(values.writers), Number(values.seconds), Number(values.rounds)];
  if (!values["no-build"]) await runCommand(binPath("next"), ["build"], process.env);
  await runCommand(
    binPath("tsx"),
    ["--conditions=react-server", "tests/bench/seed-large.ts", "--scale", values.scale, "--database", SEEDED],
    process.env,
  );
  const audited: Run[] = [];
  const unaudited: Run[] = [];
  // Alternating rounds on fresh copies: the machine is noisy, and neither side always goes first.
  for (let round = 0; round < rounds; round++) {
    unaudited.push(await run(await copyDatabase("estate_bench_writes_off", true), writers, seconds));
    const url = await copyDatabase("estate_bench_writes_on", false);
    audited.push(await run(url, writers, seconds));
    if (round === rounds - 1)
      console.log(`\nThe audit trail after the audited runs verifies: ${(await verifies(url)) ? "yes" : "NO"}`);
  }
  const mean = (runs: Run[], pick: (run: Run) => number) => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  const [on, off] = [mean(audited, (run) => run.writesPerSecond), mean(unaudited, (run) => run.writesPerSecond)];
  const waitingShare =
    audited.reduce((sum, run) => sum + run.waiting, 0) /
    Math.max(
      1,
      audited.reduce((sum, run) => sum + run.busy, 0),
    );
  const failed = [...audited, ...unaudited].reduce((sum, run) => sum + run.failed, 0);
  const rates = (runs: Run[]) => runs.map((run) => run.writesPerSecond.toFixed(0)).join(", ");
  console.log(
    `${writers} writers (${Math.round(writers * LEAD_SHARE)} site leads on checklists, the rest recording alarm calls), ${rounds} × ${seconds} s each`,
  );
  console.log(`  audited:             ${on.toFixed(0)} writes/s [${rates(audited)}]`);
  console.log(`  auditing switched off: ${off.toFixed(0)} writes/s [${rates(unaudited)}] (baseline)`);
  console.log(`  ratio ${((on / off) * 100).toFixed(0)} % — target ≥ 60 %: ${on / off >= 0.6 ? "meets" : "MISSES"}`);
  console.log(
    `  busy sessions waiting on a lock (audited): ${(waitingShare * 100).toFixed(0)} % — target ≤ 20 %: ${waitingShare <= 0.2 ? "meets" : "MISSES"}`,
  );
  console.log(`  failed requests: ${failed}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
