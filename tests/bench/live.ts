// `npm run bench:live [-- --clients 5000 --scale 1 --no-build --reuse]`: the live-update herd.
// Two app servers (production build) on one PostgreSQL database of the large dataset; `clients`
// staff pages, each its own person and session, split between them, each holding the live stream
// open as the page's script does. A commander changes the force level; each page shows the new
// level when its stream names it, then refetches its content at the moment the page's script
// would (its server's spread) and checks the new level is in it. Timed from the POST to the moment
// each page shows the new level, and to its refetch; failed requests counted; each server's memory
// with every client idle. Baseline: one page alone, on the same servers, in the same run.
// Targets (issue 17): every page shows the new level within 5 s, 0 failed, ≤ 400 MB a server.
import http from "node:http";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import { binPath, runCommand } from "@/lib/cli/run-command";
import { isServerReachable } from "./bench-database";
import { BENCH_PORT, BENCH_SECRET, serverRssMb, startBenchServer } from "./bench-server";
import { query } from "./http-writers";
import { largeDatabaseUrl } from "./seed-large";

const DATABASE = "estate_bench_live";
const SOON_MS = 50;
const LEVEL_TARGET_MS = 5_000;
const RSS_TARGET_MB = 400;
const LEVELS = ["HEIGHTENED", "EXCEPTIONAL"] as const;
type Level = (typeof LEVELS)[number];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sessions made as a sign-in makes them — a Session row and the JWT naming it — without 5,000
 * password hashes: people whose home site has no override, so a force change is their level.
 */
async function mintSessions(url: string, count: number, where: string): Promise<string[]> {
  const rows = await query<{ sid: string; userId: string }>(
    url,
    `INSERT INTO "Session" ("id", "userId", "createdAt", "lastSeenAt", "expiresAt")
     SELECT gen_random_uuid(), u."id", now(), now(), now() + interval '12 hours'
     FROM "User" u JOIN "Site" s ON s."id" = u."homeSiteId" JOIN "SiteLevel" l ON l."siteId" = s."id"
     WHERE u."active" AND NOT u."mustChangePassword" AND s."closedAt" IS NULL AND l."overrideLevel" IS NULL AND ${where}
     ORDER BY u."username" LIMIT ${count}
     RETURNING "id" AS "sid", "userId"`,
  );
  if (rows.length < count) throw new Error(`only ${rows.length} people to open ${count} pages as`);
  return Promise.all(
    rows.map(
      async ({ sid, userId }) =>
        `next-auth.session-token=${await encode({ token: { sub: userId, sid }, secret: BENCH_SECRET })}`,
    ),
  );
}

type Page = {
  base: string;
  cookie: string;
  spreadMs: number;
  request?: http.ClientRequest;
  target?: Level;
  shownMs?: number;
  refreshedMs?: number;
  failed?: string;
};

type Run = { startedAt: number; target: Level; done: () => void; remaining: number };
let run: Run | undefined;

function finish(page: Page, failure?: string) {
  if (!run || page.refreshedMs !== undefined || page.failed) return;
  if (failure) page.failed = failure;
  else page.refreshedMs = performance.now() - run.startedAt;
  if (--run.remaining === 0) run.done();
}

/**
 * The page's refetch, as its script makes it: the page again, which must now show the new level.
 * On a connection of its own: a browser's other connections may have been closed while it waited.
 */
function refetch(page: Page, target: Level) {
  const request = http.get(
    new URL("/posture", page.base),
    { agent: false, headers: { Cookie: page.cookie } },
    (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => {
        if (response.statusCode !== 200) return finish(page, `refetch answered ${response.statusCode}`);
        if (!new RegExp(`id="posture-content"[^>]*data-level="${target}"`).test(body)) {
          return finish(page, "refetch did not show the new level");
        }
        if (run) page.shownMs ??= performance.now() - run.startedAt;
        finish(page);
      });
    },
  );
  request.on("error", (error) => finish(page, `refetch: ${error.message}`));
}

function onMessage(page: Page, event: string, data: string, onReady: () => void) {
  if (event === "ready") {
    page.spreadMs = (JSON.parse(data) as { spreadMs: number }).spreadMs;
    return onReady();
  }
  if (!run) return;
  const target = run.target;
  if (event === "level" && (JSON.parse(data) as { level: string }).level === target) {
    page.shownMs ??= performance.now() - run.startedAt;
  }
  if (
    event === "change" &&
    (JSON.parse(data) as { siteId: string | null }[]).some((change) => change.siteId === null)
  ) {
    setTimeout(() => refetch(page, target), SOON_MS + Math.random() * page.spreadMs);
  }
}

/** Opens a page's stream and resolves when the server says it is ready. */
function openStream(agent: http.Agent, page: Page): Promise<void> {
  return new Promise((resolve, reject) => {
    page.request = http.get(
      new URL("/api/posture/stream", page.base),
      { agent, headers: { Cookie: page.cookie, Accept: "text/event-stream" } },
      (response) => {
        if (response.statusCode !== 200) return reject(new Error(`stream answered ${response.statusCode}`));
        let buffer = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(message)?.[1];
            const data = /^data: (.*)$/m.exec(message)?.[1];
            if (event && data) onMessage(page, event, data, resolve);
          }
        });
        response.on("error", () => finish(page, "stream ended"));
      },
    );
    page.request.on("error", reject);
  });
}

async function openPages(agent: http.Agent, bases: string[], cookies: string[]): Promise<Page[]> {
  const pages = cookies.map((cookie, index) => ({ base: bases[index % bases.length], cookie, spreadMs: 2_500 }));
  // Opened 100 at a time, as people arrive at work: not one burst of 5,000 connections.
  for (let start = 0; start < pages.length; start += 100) {
    await Promise.all(pages.slice(start, start + 100).map((page) => openStream(agent, page)));
  }
  return pages;
}

/** The force's version, and the raised level it is not at now: the level the next change sets. */
async function nextForceLevel(base: string, cookie: string): Promise<{ level: Level; version: number }> {
  const { force } = (await (await fetch(`${base}/api/posture`, { headers: { Cookie: cookie } })).json()) as {
    force: { level: string; version: number };
  };
  return { level: force.level === LEVELS[0] ? LEVELS[1] : LEVELS[0], version: force.version };
}

async function changeForceLevel(base: string, cookie: string, { level, version }: { level: Level; version: number }) {
  const response = await fetch(`${base}/api/levels`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/json" },
    body: JSON.stringify({
      scope: "FORCE",
      level,
      reason: "Live-update benchmark",
      reviewBy: new Date(Date.now() + 86_400_000).toISOString(),
      expectedVersion: version,
    }),
  });
  if (!response.ok) throw new Error(`the level change answered ${response.status}: ${await response.text()}`);
}

type Outcome = { shown: number[]; refreshed: number[]; failures: string[] };

/** Changes the force level and waits for every page to show it and to have refetched. */
async function measure(pages: Page[], commander: { base: string; cookie: string }): Promise<Outcome> {
  const next = await nextForceLevel(commander.base, commander.cookie);
  const target = next.level;
  for (const page of pages) Object.assign(page, { shownMs: undefined, refreshedMs: undefined, failed: undefined });
  const allDone = new Promise<void>((done) => {
    run = { startedAt: performance.now(), target, done, remaining: pages.length };
  });
  await changeForceLevel(commander.base, commander.cookie, next);
  await Promise.race([allDone, pause(120_000)]);
  run = undefined;
  const sorted = (values: (number | undefined)[]) =>
    values.filter((value) => value !== undefined).sort((a, b) => a - b);
  return {
    shown: sorted(pages.map((page) => page.shownMs)),
    refreshed: sorted(pages.map((page) => page.refreshedMs)),
    failures: pages.map((page) => page.failed ?? (page.refreshedMs === undefined ? "no refetch in 2 min" : "")),
  };
}

function report(label: string, pages: number, outcome: Outcome) {
  const failed = outcome.failures.filter(Boolean);
  const figures = (values: number[]) =>
    `p50 ${percentile(values, 0.5).toFixed(0)} ms, p95 ${percentile(values, 0.95).toFixed(0)} ms, last ${(values.at(-1) ?? Number.NaN).toFixed(0)} ms`;
  console.log(`  ${label}: ${pages} pages`);
  console.log(`    showed the new level (${outcome.shown.length}): ${figures(outcome.shown)}`);
  console.log(`    refetched and showed it (${outcome.refreshed.length}): ${figures(outcome.refreshed)}`);
  const reasons = [...new Set(failed)].map(
    (reason) => `${failed.filter((other) => other === reason).length}× ${reason}`,
  );
  console.log(`    failed: ${failed.length}${reasons.length ? ` (${reasons.join("; ")})` : ""}`);
  return {
    last: outcome.shown.length === pages ? outcome.shown.at(-1)! : Number.POSITIVE_INFINITY,
    failed: failed.length,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      clients: { type: "string", default: "5000" },
      scale: { type: "string", default: "1" },
      "no-build": { type: "boolean", default: false },
      reuse: { type: "boolean", default: false },
    },
  });
  if (!(await isServerReachable())) throw new Error("bench:live needs a PostgreSQL server (BENCH_DATABASE_URL).");
  const clients = Number(values.clients);
  if (!values["no-build"]) await runCommand(binPath("next"), ["build"], process.env);
  if (!values.reuse) {
    await runCommand(
      binPath("tsx"),
      ["--conditions=react-server", "tests/bench/seed-large.ts", "--scale", values.scale, "--database", DATABASE],
      process.env,
    );
  }
  const url = largeDatabaseUrl(DATABASE);
  const database = { url, kind: "PostgreSQL" as const, stop: async () => {} };
  const servers = [
    await startBenchServer(database, { NEXT_DIST_DIR: ".next" }, BENCH_PORT),
    await startBenchServer(database, { NEXT_DIST_DIR: ".next" }, BENCH_PORT + 1),
  ];
  const bases = [BENCH_PORT, BENCH_PORT + 1].map((port) => `http://127.0.0.1:${port}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  try {
    const [commanderCookie] = await mintSessions(url, 1, `'COMMANDER' = ANY(u."roles")`);
    const commander = { base: bases[0], cookie: commanderCookie };
    const cookies = await mintSessions(url, clients + 1, `u."roles" = '{STAFF}'`);
    console.log(`\nThe live-update herd: ${clients} staff pages over two app servers, each its own session`);

    const [alone] = await openPages(agent, bases, cookies.slice(0, 1));
    const baseline = report("baseline, one page alone", 1, await measure([alone], commander));
    alone.request?.destroy();

    const opened = performance.now();
    const pages = await openPages(agent, bases, cookies.slice(1));
    console.log(`  opened ${pages.length} streams in ${((performance.now() - opened) / 1000).toFixed(1)} s`);
    await pause(3_000);
    const idle = servers.map((server) => serverRssMb(server.pid));
    console.log(`  server memory with every client idle: ${idle.map((mb) => `${mb.toFixed(0)} MB`).join(", ")}`);
    const herd = report(`force-wide change, ${clients} pages`, clients, await measure(pages, commander));
    const after = servers.map((server) => serverRssMb(server.pid));
    console.log(`  server memory after the refetches: ${after.map((mb) => `${mb.toFixed(0)} MB`).join(", ")}`);
    for (const page of pages) page.request?.destroy();

    const worstIdle = Math.max(...idle);
    console.log(
      `  every page showed the new level within ${herd.last.toFixed(0)} ms (${(herd.last / Math.max(1, baseline.last)).toFixed(1)}× one page alone) — target ≤ ${LEVEL_TARGET_MS} ms: ${herd.last <= LEVEL_TARGET_MS ? "meets" : "MISSES"}`,
    );
    console.log(`  failed requests ${herd.failed} — target 0: ${herd.failed === 0 ? "meets" : "MISSES"}`);
    console.log(
      `  memory with ${clients} idle clients: ${worstIdle.toFixed(0)} MB at most a server — target ≤ ${RSS_TARGET_MB} MB: ${worstIdle <= RSS_TARGET_MB ? "meets" : "MISSES"}`,
    );
  } finally {
    agent.destroy();
    await Promise.all(servers.map((server) => server.stop()));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
