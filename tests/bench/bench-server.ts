import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { BENCH_DIST_DIR } from "./bench-build";
import type { BenchDatabase } from "./bench-database";

export const BENCH_PORT = 3300;
export const BENCH_SECRET = "bench-secret-bench-secret-bench-secret-0";
export const BENCH_AUDIT_KEY = "bench-audit-key-bench-audit-key-bench-0";
export const BENCH_BASE = `http://127.0.0.1:${BENCH_PORT}`;

export const envFor = (database: BenchDatabase): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: database.url,
  ...(database.kind === "PGlite" ? { EMBEDDED_DATABASE: "1" } : { EMBEDDED_DATABASE: undefined }),
});

/** The benchmark's own production build (the app server, lib/cli/serve.mjs) on the given database (a second server: another port). */
export async function startBenchServer(
  database: BenchDatabase,
  extraEnv: Record<string, string> = {},
  port = BENCH_PORT,
) {
  const base = `http://127.0.0.1:${port}`;
  // BENCH_NODE_ARGS: flags for the server's node, e.g. "--cpu-prof" to profile it.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...nodeArgs, "lib/cli/serve.mjs"], {
    env: {
      ...envFor(database),
      NODE_ENV: "production",
      NEXTAUTH_SECRET: BENCH_SECRET,
      AUDIT_HMAC_KEY: BENCH_AUDIT_KEY,
      AUDIT_CHECKPOINT_FILE: ".bench-data/audit-checkpoints.jsonl",
      NEXTAUTH_URL: base,
      PORT: String(port),
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(base);
  return { pid: server.pid!, stop: () => stopServer(server) };
}

async function waitForHealth(base: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await fetch(`${base}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app server did not start");
}

async function stopServer(server: ChildProcess) {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}

/** A server's memory in MB: its process and the ones it started (tsx runs the server in a child). */
export function serverRssMb(pid: number): number {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  for (let size = 0; size !== tree.size;) {
    size = tree.size;
    for (const [child, parent] of rows) if (tree.has(parent)) tree.add(child);
  }
  return rows.filter(([child]) => tree.has(child)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}
