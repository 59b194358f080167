import { spawn, type ChildProcess } from "node:child_process";
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

/** The benchmark's own production build (`next start`) on the given database (a second server: another port). */
export async function startBenchServer(
  database: BenchDatabase,
  extraEnv: Record<string, string> = {},
  port = BENCH_PORT,
) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    env: {
      ...envFor(database),
      NODE_ENV: "production",
      NEXTAUTH_SECRET: BENCH_SECRET,
      AUDIT_HMAC_KEY: BENCH_AUDIT_KEY,
      AUDIT_CHECKPOINT_FILE: ".bench-data/audit-checkpoints.jsonl",
      NEXTAUTH_URL: base,
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
