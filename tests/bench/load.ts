// `npm run bench:load [-- --users 200 --seconds 60 --runs 3 --scale 0.2 --think-ms 1000 --no-build]`:
// 200 signed-in people at once, each with a session of their own, for 60 s, three runs in a row on
// one app server (production build) and a PostgreSQL server: staff on their posture page with the
// live stream open, site leads on their checklist deciding items, commanders on the overview,
// approvers on the alarm queues, call handlers on the control-room page; each pauses about a
// second between actions, as people do. Baseline: the same mix for one person, in the same run.
// Prints errors, p50/p95 per kind and overall, and the server's memory after each run.
// Targets: 0 errors, p95 < 1 s, memory flat across the runs (issue 17).
import http from "node:http";
import { parseArgs } from "node:util";
import { binPath, runCommand } from "@/lib/cli/run-command";
import { isServerReachable } from "./bench-database";
import { BENCH_BASE, serverRssMb, startBenchServer } from "./bench-server";
import { signIn } from "./http-client";
import { leadWorker, query, send, type Request, type Worker } from "./http-writers";
import { largeDatabaseUrl } from "./seed-large";

const DATABASE = "estate_bench_load";
const MIX = { staff: 0.6, lead: 0.15, commander: 0.1, approver: 0.1, controlroom: 0.05 } as const;
type Kind = keyof typeof MIX;
type Person = { kind: Kind; worker: Worker; stream?: http.ClientRequest };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A worker that reads one page again and again. */
async function reader(username: string, path: string): Promise<Worker> {
  return { cookie: await signIn(BENCH_BASE, username), next: () => ({ method: "GET", path }), onReply: () => {} };
}

/** A site lead: their site's page, then a decision on one of its items, in turn. */
async function siteLead(url: string, username: string, siteId: string): Promise<Worker> {
  const deciding = await leadWorker(url, username, siteId);
  let isDeciding = false;
  return {
    cookie: deciding.cookie,
    next: (): Request | null =>
      (isDeciding = !isDeciding) ? deciding.next() : { method: "GET", path: `/sites/${siteId}` },
    onReply: (body) => (typeof body === "object" ? deciding.onReply(body) : undefined),
  };
}

/** The live stream a staff page holds open; its events are read and dropped. */
function openStream(cookie: string): http.ClientRequest {
  const request = http.get(new URL("/api/posture/stream", BENCH_BASE), { headers: { Cookie: cookie } }, (response) =>
    response.resume(),
  );
  request.on("error", () => {});
  return request;
}

async function people(url: string, count: number): Promise<Person[]> {
  const usernames = async (sql: string) => (await query<{ username: string }>(url, sql)).map((row) => row.username);
  const staff = await usernames(
    `SELECT "username" FROM "User" WHERE "roles" = '{STAFF}' AND "homeSiteId" IS NOT NULL ORDER BY "username" LIMIT 500`,
  );
  const leads = await query<{ username: string; siteId: string }>(
    url,
    `SELECT "username", "homeSiteId" AS "siteId" FROM "User" WHERE "username" LIKE 'bench%' AND 'SITE_LEAD' = ANY("roles") ORDER BY "username"`,
  );
  const holders = (role: string) =>
    usernames(`SELECT "username" FROM "User" WHERE '${role}' = ANY("roles") ORDER BY "username"`);
  const [commanders, approvers, handlers] = await Promise.all([
    holders("COMMANDER"),
    holders("APPROVER"),
    holders("CONTROL_ROOM"),
  ]);
  const crowd: Person[] = [];
  for (const [kind, share] of Object.entries(MIX) as [Kind, number][]) {
    // One of each kind at the least: the baseline is one person of each kind.
    const many = Math.max(1, Math.round(count * share));
    for (let index = 0; index < many; index++) {
      const worker =
        kind === "staff"
          ? await reader(staff[index % staff.length], "/posture")
          : kind === "lead"
            ? await siteLead(url, leads[index % leads.length].username, leads[index % leads.length].siteId)
            : kind === "commander"
              ? await reader(commanders[index % commanders.length], "/levels")
              : kind === "approver"
                ? await reader(approvers[index % approvers.length], "/alarms")
                : await reader(handlers[index % handlers.length], "/alarms/control-room");
      crowd.push({ kind, worker, stream: kind === "staff" ? openStream(worker.cookie) : undefined });
    }
  }
  return crowd;
}

type Result = { requests: number; errors: number; latencies: Map<Kind, number[]> };

async function drive(crowd: Person[], seconds: number, thinkMs: number): Promise<Result> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: crowd.length });
  const latencies = new Map<Kind, number[]>();
  let [requests, errors] = [0, 0];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    crowd.map(async ({ kind, worker }) => {
      await pause(Math.random() * thinkMs);
      while (Date.now() < deadline) {
        const request = worker.next();
        if (!request) return;
        const started = performance.now();
        const ok = await send(agent, worker, request);
        requests++;
        if (!ok) errors++;
        const kindLatencies = latencies.get(kind) ?? [];
        kindLatencies.push(performance.now() - started);
        latencies.set(kind, kindLatencies);
        await pause(thinkMs * (0.5 + Math.random()));
      }
    }),
  );
  agent.destroy();
  return { requests, errors, latencies };
}

function report(label: string, result: Result) {
  const all = [...result.latencies.values()].flat().sort((a, b) => a - b);
  const kinds = [...result.latencies.entries()]
    .map(([kind, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `${kind} ${percentile(sorted, 0.5).toFixed(0)}/${percentile(sorted, 0.95).toFixed(0)}`;
    })
    .join(", ");
  console.log(
    `  ${label}: ${result.requests} requests, ${result.errors} errors; p50 ${percentile(all, 0.5).toFixed(0)} ms, p95 ${percentile(all, 0.95).toFixed(0)} ms (p50/p95 ms: ${kinds})`,
  );
  return percentile(all, 0.95);
}

async function main() {
  const { values } = parseArgs({
    options: {
      users: { type: "string", default: "200" },
      seconds: { type: "string", default: "60" },
      runs: { type: "string", default: "3" },
      scale: { type: "string", default: "0.2" },
      "think-ms": { type: "string", default: "1000" },
      "no-build": { type: "boolean", default: false },
    },
  });
  if (!(await isServerReachable())) throw new Error("bench:load needs a PostgreSQL server (BENCH_DATABASE_URL).");
  const [users, seconds, runs, thinkMs] = [values.users, values.seconds, values.runs, values["think-ms"]].map(Number);
  if (!values["no-build"]) await runCommand(binPath("next"), ["build"], process.env);
  await runCommand(
    binPath("tsx"),
    ["--conditions=react-server", "tests/bench/seed-large.ts", "--scale", values.scale, "--database", DATABASE],
    process.env,
  );
  const url = largeDatabaseUrl(DATABASE);
  const server = await startBenchServer({ url, kind: "PostgreSQL", stop: async () => {} }, { NEXT_DIST_DIR: ".next" });
  try {
    console.log(`\n${users} people, ${seconds} s a run, ~${thinkMs} ms between one person's actions`);
    const alone = await people(url, 1);
    const baseline = report("baseline, one of each kind of person", await drive(alone, Math.min(seconds, 15), thinkMs));
    alone.forEach((person) => person.stream?.destroy());
    const crowd = await people(url, users);
    console.log(
      `  signed in ${crowd.length} sessions; ${crowd.filter((person) => person.stream).length} live streams open`,
    );
    const memory: number[] = [];
    let worst = 0;
    let errors = 0;
    for (let run = 1; run <= runs; run++) {
      const result = await drive(crowd, seconds, thinkMs);
      worst = Math.max(worst, report(`run ${run}`, result));
      errors += result.errors;
      (globalThis as { gc?: () => void }).gc?.();
      await pause(3_000);
      memory.push(serverRssMb(server.pid));
      console.log(`  server memory after run ${run}: ${memory.at(-1)!.toFixed(0)} MB`);
    }
    crowd.forEach((person) => person.stream?.destroy());
    const growth = memory.length > 1 ? memory.at(-1)! - memory[0] : 0;
    console.log(
      `  p95 ${worst.toFixed(0)} ms at worst (${(worst / Math.max(1, baseline)).toFixed(1)}× the one-person p95) — target < 1000 ms: ${worst < 1000 ? "meets" : "MISSES"}`,
    );
    console.log(`  errors ${errors} — target 0: ${errors === 0 ? "meets" : "MISSES"}`);
    console.log(
      `  memory from run 1 to run ${runs}: ${growth >= 0 ? "+" : ""}${growth.toFixed(0)} MB — no growth beyond 10 %: ${growth <= memory[0] * 0.1 ? "meets" : "MISSES"}`,
    );
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
