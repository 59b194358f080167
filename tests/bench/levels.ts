// `npm run bench:levels`: the response-level benchmarks, each against a baseline
// measured in the same run. Prints its figures; the machine is noisy, so read ratios, not absolutes.
import { buildWithBarePage } from "./bench-build";
import { BENCH_BASE as BASE, envFor, startBenchServer } from "./bench-server";
import { createBenchDatabase, isServerReachable, type BenchDatabase } from "./bench-database";
import { measureThroughput, signIn } from "./http-client";
import { runChild } from "./run-child";
import { measureFanout } from "./sse-fanout";

const SITES = 300;
const OPTIONS = 40;
const SSE_CLIENTS = Number(process.env.BENCH_SSE_CLIENTS ?? 1000);

const ms = (value: number) => `${value.toFixed(0)} ms`;
const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");

async function benchRaise(kind: BenchDatabase["kind"]) {
  const database = await createBenchDatabase(kind);
  try {
    const result = await runChild<{ raiseMs: number; baselineMs: number; items: number }>(
      "tests/bench/domain-bench.ts",
      ["raise", String(SITES), String(OPTIONS)],
      envFor(database),
    );
    const target = kind === "PostgreSQL" ? 1000 : 5000;
    console.log(
      `  ${kind.padEnd(10)} ${result.items} items: ${ms(result.raiseMs)} (bare INSERT of as many rows: ${ms(result.baselineMs)}, ratio ${(result.raiseMs / result.baselineMs).toFixed(1)}×) — target < ${target} ms: ${verdict(result.raiseMs < target)}`,
    );
  } finally {
    await database.stop();
  }
}

async function benchQueries(kind: BenchDatabase["kind"]) {
  const counts: Record<number, { staffPage: number; overviewPage: number }> = {};
  for (const sites of [25, 300]) {
    const database = await createBenchDatabase(kind);
    try {
      counts[sites] = await runChild(
        "tests/bench/domain-bench.ts",
        ["queries", String(sites), String(OPTIONS)],
        envFor(database),
      );
    } finally {
      await database.stop();
    }
  }
  for (const page of ["staffPage", "overviewPage"] as const) {
    const [small, large] = [counts[25][page], counts[300][page]];
    console.log(
      `  ${page === "staffPage" ? "staff posture" : "overview     "}: ${small} queries at 25 sites, ${large} at 300 — ${small === large ? "equal" : "NOT EQUAL"}`,
    );
  }
}

async function benchServer(kind: BenchDatabase["kind"]) {
  const database = await createBenchDatabase(kind);
  await runChild("tests/bench/domain-bench.ts", ["seed", String(SITES), String(OPTIONS)], envFor(database));
  const server = await startBenchServer(database);
  try {
    const [staff, commander] = [await signIn(BASE, "staff"), await signIn(BASE, "commander")];

    await measureThroughput(BASE, "/bench/bare", staff, 20, 2);
    await measureThroughput(BASE, "/posture", staff, 20, 2);
    // Alternating rounds, compared by median: the machine is noisy and a round can catch a stall.
    const bare: number[] = [];
    const posture: number[] = [];
    for (let round = 0; round < 3; round++) {
      bare.push((await measureThroughput(BASE, "/bench/bare", staff, 50, 6)).requestsPerSecond);
      posture.push((await measureThroughput(BASE, "/posture", staff, 50, 6)).requestsPerSecond);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const [bareMedian, postureMedian] = [median(bare), median(posture)];
    const ratio = postureMedian / bareMedian;
    const rounds = (values: number[]) => values.map((value) => value.toFixed(0)).join(", ");
    console.log(
      `  bare dynamic page ${bareMedian.toFixed(0)} req/s [${rounds(bare)}], staff posture page ${postureMedian.toFixed(0)} req/s [${rounds(posture)}] (median of 3 alternating rounds, 50 connections, ${SITES} sites)`,
    );
    console.log(`  ratio ${(ratio * 100).toFixed(0)} % — target ≥ 80 %: ${verdict(ratio >= 0.8)}`);

    // The change is a one-site override, raised then ended: a real level change whose own
    // transaction is small, so the figure is the delivery, not a 300-site checklist write.
    const post = (body: object) => async () => {
      const response = await fetch(`${BASE}/api/levels`, {
        method: "POST",
        headers: { Cookie: commander, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`level change answered ${response.status}: ${await response.text()}`);
    };
    const nextChange = async () => {
      const posture = (await (await fetch(`${BASE}/api/posture`, { headers: { Cookie: commander } })).json()) as {
        sites: { id: string; version: number; override: unknown }[];
      };
      const site = posture.sites[0];
      return post(
        site.override
          ? {
              scope: "SITE",
              siteId: site.id,
              level: "NORMAL",
              reason: "Benchmark: end override",
              expectedVersion: site.version,
            }
          : {
              scope: "SITE",
              siteId: site.id,
              level: "EXCEPTIONAL",
              reason: "Benchmark: raise one site",
              expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
              expectedVersion: site.version,
            },
      );
    };
    await measureFanout(BASE, staff, 1, await nextChange()); // warms the change path, so the baseline is not a cold start
    const one = await measureFanout(BASE, staff, 1, await nextChange());
    const many = await measureFanout(BASE, staff, SSE_CLIENTS, await nextChange());
    console.log(
      `  1 client: ${ms(one.p50)} (baseline: the same change, one stream; both include the change's own request)`,
    );
    console.log(
      `  ${many.clients} clients: p50 ${ms(many.p50)}, p95 ${ms(many.p95)}, p99 ${ms(many.p99)}, max ${ms(many.max)}; p95 is ${(many.p95 / one.p50).toFixed(1)}× the 1-client time — target p95 < 500 ms: ${verdict(many.p95 < 500)}`,
    );
  } finally {
    await server.stop();
    await database.stop();
  }
}

async function main() {
  const hasServer = await isServerReachable();
  const primary: BenchDatabase["kind"] = hasServer ? "PostgreSQL" : "PGlite";
  if (!hasServer) console.log("No PostgreSQL server reachable: PGlite only (set BENCH_DATABASE_URL to use one).");
  console.log(`\n1. Force-wide raise to EXCEPTIONAL, ${SITES} sites × ${OPTIONS} options, one transaction`);
  for (const kind of hasServer ? (["PostgreSQL", "PGlite"] as const) : (["PGlite"] as const)) await benchRaise(kind);
  console.log(
    `\n4. Queries per page request (cold cache, counted at the driver; the session's user read adds 1 to each) on ${primary}`,
  );
  await benchQueries(primary);
  console.log(`\n3 and 2. Against a production build (next start) on ${primary}`);
  await buildWithBarePage();
  await benchServer(primary);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
