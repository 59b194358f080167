import http from "node:http";
import { encode } from "next-auth/jwt";
import { execFileSync } from "node:child_process";
import { BENCH_SECRET, startBenchServer } from "./bench-server";
import { query } from "./http-writers";
import { largeDatabaseUrl } from "./seed-large";

const rss = (pid: number) => {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" }).trim().split("\n").map((l) => l.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  for (let i = 0; i < 5; i++) for (const [c, p] of rows) if (tree.has(p)) tree.add(c);
  return (rows.filter(([c]) => tree.has(c)).reduce((s, [, , r]) => s + r, 0) / 1024).toFixed(0);
};
async function main() {
  const url = largeDatabaseUrl("estate_bench_live");
  const rows = await query<{ sid: string; userId: string }>(url, `INSERT INTO "Session" ("id","userId","createdAt","lastSeenAt","expiresAt") SELECT gen_random_uuid(), u.id, now(), now(), now()+interval '1 hour' FROM "User" u WHERE roles='{STAFF}' AND "homeSiteId" IS NOT NULL ORDER BY username LIMIT 2500 RETURNING id AS sid, "userId"`);
  const cookies = await Promise.all(rows.map(async (r) => `next-auth.session-token=${await encode({ token: { sub: r.userId, sid: r.sid }, secret: BENCH_SECRET })}`));
  const server = await startBenchServer({ url, kind: "PostgreSQL", stop: async () => {} }, { NEXT_DIST_DIR: ".next", ...(process.env.EXTRA ? { NODE_OPTIONS: process.env.EXTRA } : {}) });
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const open = (cookie: string) => new Promise<void>((resolve) => {
    http.get("http://127.0.0.1:3300/api/posture/stream", { agent, headers: { Cookie: cookie } }, (res) => { res.once("data", () => resolve()); res.on("data", () => {}); });
  });
  try {
    await fetch("http://127.0.0.1:3300/posture", { headers: { Cookie: cookies[0] } });
    console.log("idle", rss(server.pid));
    let opened = 0;
    for (const target of [500, 1000, 2500]) {
      while (opened < target) { await Promise.all(cookies.slice(opened, opened + 100).map(open)); opened += 100; }
      await new Promise((r) => setTimeout(r, 3000));
      console.log(target, "streams", rss(server.pid));
      if (process.env.SNAP) { try { process.kill(server.pid, "SIGUSR2"); } catch {} await new Promise((r) => setTimeout(r, 30000)); }
    }
  } finally {
    agent.destroy();
    await server.stop();
  }
}
main().then(() => process.exit(0));
