import { encode } from "next-auth/jwt";
import { BENCH_SECRET, startBenchServer } from "./bench-server";
import { measureThroughput } from "./http-client";
import { query } from "./http-writers";
import { largeDatabaseUrl } from "./seed-large";

async function main() {
  const url = largeDatabaseUrl("estate_bench_live");
  const rows = await query<{ sid: string; userId: string }>(url, `INSERT INTO "Session" ("id","userId","createdAt","lastSeenAt","expiresAt") SELECT gen_random_uuid(), id, now(), now(), now()+interval '1 hour' FROM "User" WHERE roles='{STAFF}' AND "homeSiteId" IS NOT NULL LIMIT 1 RETURNING id AS sid, "userId"`);
  const cookie = `next-auth.session-token=${await encode({ token: { sub: rows[0].userId, sid: rows[0].sid }, secret: BENCH_SECRET })}`;
  const server = await startBenchServer({ url, kind: "PostgreSQL", stop: async () => {} }, { NEXT_DIST_DIR: ".next" });
  try {
    for (const path of ["/api/health", "/posture", "/api/posture", "/estate", "/posture", "/api/health"]) {
      const r = await measureThroughput("http://127.0.0.1:3300", path, cookie, 20, 6);
      console.log(path, r.requestsPerSecond.toFixed(0), "req/s", r.failed, "failed");
    }
  } finally {
    await server.stop();
  }
}
main().then(() => process.exit(0));
