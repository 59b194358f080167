// `npm run bench:pages [-- --scale 1 --small-scale 0.01 --requests 30 --no-build --reuse]`: every
// page and the main API routes, one signed-in user at a time, on a small and a large dataset
// (tests/bench/seed-large.ts) on the PostgreSQL server. Prints each route's p50/p95 on both, the
// ratio, and the size of its HTML; the targets are p95 < 300 ms and ≤ 250 KB on the large data.
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { binPath, runCommand } from "@/lib/cli/run-command";
import { isServerReachable } from "./bench-database";
import { BENCH_BASE, startBenchServer } from "./bench-server";
import { signIn } from "./http-client";
import { largeDatabaseUrl } from "./seed-large";

const TARGET_P95_MS = 300;
const TARGET_HTML_KB = 250;
const SMALL_DATABASE = "estate_bench_small";
const LARGE_DATABASE = process.env.BENCH_LARGE_DATABASE ?? "estate_large";

/** `download`: a CSV of the whole history, streamed: its size is the data's, not a page's. */
type Route = { path: string; as: string; download?: boolean };
type Timing = { p50: number; p95: number; bytes: number; status: number; jsKb?: number; download?: boolean };
const TARGET_POSTURE_JS_KB = 100;

/**
 * The JavaScript a first visit to a page loads in a current browser: every script it names and
 * every inline one, gzipped as served, except the polyfills marked `nomodule`, which such a
 * browser does not fetch.
 */
async function firstLoadJsKb(html: string): Promise<number> {
  const scripts = [...html.matchAll(/(<script[^>]*>)([\s\S]*?)<\/script>/g)].filter(
    ([, tag]) => !/nomodule/i.test(tag),
  );
  const sources = [...new Set(scripts.flatMap(([, tag]) => tag.match(/src="([^"]+)"/)?.[1] ?? []))];
  let bytes = scripts.reduce((sum, [, , inline]) => sum + (inline ? gzipSync(inline, { level: 9 }).byteLength : 0), 0);
  for (const source of sources) {
    const script = Buffer.from(await (await fetch(new URL(source, BENCH_BASE))).arrayBuffer());
    bytes += gzipSync(script, { level: 9 }).byteLength;
  }
  return bytes / 1024;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function idsOf(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const one = async (sql: string) => (await client.query<{ id: string }>(sql)).rows[0]?.id ?? "none";
  try {
    return {
      site: await one(`SELECT "id" FROM "Site" WHERE "code" = 'CEN01'`),
      alarm: await one(
        `SELECT "id" FROM "AlarmRequest" WHERE "status" = 'INSTALLED' ORDER BY "requestedAt" DESC LIMIT 1`,
      ),
      user: await one(`SELECT "id" FROM "User" WHERE "username" = 'staff'`),
      unit: await one(`SELECT "id" FROM "AlarmUnit" ORDER BY "assetTag" LIMIT 1`),
    };
  } finally {
    await client.end();
  }
}

function routesFor(ids: Awaited<ReturnType<typeof idsOf>>): Route[] {
  return [
    { path: "/posture", as: "staff" },
    { path: "/levels", as: "commander" },
    { path: "/estate", as: "commander" },
    { path: `/sites/${ids.site}`, as: "sitelead" },
    { path: "/coverage", as: "sitelead" },
    { path: "/debriefs", as: "commander" },
    { path: "/reports/policy-review", as: "commander" },
    { path: "/alarms", as: "approver" },
    { path: `/alarms/${ids.alarm}`, as: "approver" },
    { path: "/alarms/reports", as: "approver" },
    { path: "/alarms/records-review", as: "approver" },
    { path: "/alarms/control-room", as: "controlroom" },
    { path: "/alarms/hazards?q=KB1", as: "officer" },
    { path: "/alarms/units", as: "installer" },
    { path: `/alarms/units/${ids.unit}`, as: "installer" },
    { path: "/admin/users", as: "admin" },
    { path: `/admin/users/${ids.user}`, as: "admin" },
    { path: "/admin/audit", as: "admin" },
    { path: "/admin/sites", as: "admin" },
    { path: "/admin/policy", as: "admin" },
    { path: "/admin/notifications", as: "admin" },
    { path: "/api/posture", as: "commander" },
    { path: "/api/levels/history", as: "commander", download: true },
    { path: `/api/sites/${ids.site}/checklist`, as: "sitelead" },
    { path: "/api/alarms", as: "approver" },
    { path: "/api/alarms/reports", as: "approver" },
    { path: "/api/audit", as: "admin" },
    { path: "/api/admin/users", as: "admin" },
  ];
}

async function time(path: string, cookie: string, requests: number): Promise<Timing> {
  const get = async () => {
    const started = performance.now();
    const response = await fetch(`${BENCH_BASE}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
    const body = await response.text();
    return { ms: performance.now() - started, bytes: Buffer.byteLength(body), status: response.status, body };
  };
  for (let warm = 0; warm < 3; warm++) await get();
  const samples = [];
  for (let index = 0; index < requests; index++) samples.push(await get());
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    bytes: samples[0].bytes,
    status: samples[0].status,
    jsKb: path.startsWith("/api/") ? undefined : await firstLoadJsKb(samples[0].body),
  };
}

async function measure(url: string, requests: number): Promise<Map<string, Timing>> {
  const server = await startBenchServer({ url, kind: "PostgreSQL", stop: async () => {} }, { NEXT_DIST_DIR: ".next" });
  try {
    const routes = routesFor(await idsOf(url));
    const cookies = new Map<string, string>();
    for (const name of new Set(routes.map((route) => route.as))) cookies.set(name, await signIn(BENCH_BASE, name));
    const results = new Map<string, Timing>();
    for (const route of routes) {
      const timing = await time(route.path, cookies.get(route.as)!, requests);
      results.set(route.path.replace(/[0-9a-f-]{36}/, "{id}"), { ...timing, download: route.download });
    }
    return results;
  } finally {
    await server.stop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "1" },
      "small-scale": { type: "string", default: "0.01" },
      requests: { type: "string", default: "30" },
      "no-build": { type: "boolean", default: false },
      reuse: { type: "boolean", default: false },
    },
  });
  if (!(await isServerReachable())) throw new Error("bench:pages needs a PostgreSQL server (BENCH_DATABASE_URL).");
  const requests = Number(values.requests);
  if (!values["no-build"]) await runCommand(binPath("next"), ["build"], process.env);
  const seed = (scale: string, database: string) =>
    runCommand(
      binPath("tsx"),
      ["--conditions=react-server", "tests/bench/seed-large.ts", "--scale", scale, "--database", database],
      process.env,
    );
  console.log("\nDatasets");
  await seed(values["small-scale"], SMALL_DATABASE);
  if (!values.reuse) await seed(values.scale, LARGE_DATABASE);
  const [smallUrl, largeUrl] = [largeDatabaseUrl(SMALL_DATABASE), largeDatabaseUrl(LARGE_DATABASE)];
  console.log(`\nMeasuring: ${requests} sequential requests per route after 3 to warm up, one user at a time`);
  const small = await measure(smallUrl, requests);
  const large = await measure(largeUrl, requests);

  const ms = (value: number) => `${value.toFixed(0)}`.padStart(5);
  console.log(
    `\n${"route".padEnd(34)} ${"small p50/p95".padStart(13)} ${"large p50/p95".padStart(13)}  ratio(p95)  HTML KB  JS kB gz  verdict`,
  );
  let misses = 0;
  for (const [path, big] of large) {
    const little = small.get(path)!;
    const kb = big.bytes / 1024;
    const ok = big.status === 200 && big.p95 < TARGET_P95_MS && (big.download || kb <= TARGET_HTML_KB);
    if (!ok) misses++;
    console.log(
      `${path.padEnd(34)} ${ms(little.p50)}/${ms(little.p95)}   ${ms(big.p50)}/${ms(big.p95)}   ${(big.p95 / little.p95).toFixed(1).padStart(8)}×  ${kb.toFixed(0).padStart(7)}  ${(big.jsKb?.toFixed(0) ?? "").padStart(8)}  ${big.status !== 200 ? `HTTP ${big.status}` : ok ? "meets" : "MISSES"}`,
    );
  }
  const postureJs = large.get("/posture")?.jsKb ?? 0;
  console.log(
    `\nFirst-load JavaScript of the staff posture page: ${postureJs.toFixed(0)} kB gzipped — target ≤ ${TARGET_POSTURE_JS_KB} kB: ${postureJs <= TARGET_POSTURE_JS_KB ? "meets" : "MISSES"}`,
  );
  console.log(
    `${large.size - misses} of ${large.size} routes meet p95 < ${TARGET_P95_MS} ms and ≤ ${TARGET_HTML_KB} KB on the large dataset.`,
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
