// `npm run bench:notify`: one force-wide raise told by email to 7,000 people over 300 sites, through
// the outbox of a production build, against a real SMTP server started here. Prints its figures,
// each beside a baseline from the same run; read ratios, not absolutes, on a noisy 2-core machine.
import pg from "pg";
import { startSmtpReceiver } from "../support/smtp-receiver";
import { buildWithBarePage } from "./bench-build";
import { createBenchDatabase, isServerReachable } from "./bench-database";
import { BENCH_BASE as BASE, envFor, startBenchServer } from "./bench-server";
import { measureThroughput, signIn } from "./http-client";
import { runChild } from "./run-child";

const SITES = 300;
const OPTIONS = 40;
const STAFF = Number(process.env.BENCH_STAFF ?? 7000);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const verdict = (ok: boolean) => (ok ? "meets target" : "MISSES target");

async function main() {
  const kind = (await isServerReachable()) ? "PostgreSQL" : "PGlite";
  console.log(`Database: ${kind}. ${SITES} sites, ${OPTIONS} options, ${STAFF} staff with email addresses.`);

  console.log("\n1. The change's own latency, force-wide raise to EXCEPTIONAL (median of 3, alternating)");
  const latencyDatabase = await createBenchDatabase(kind);
  try {
    const { withOutbox, without } = await runChild<{ withOutbox: number[]; without: number[] }>(
      "tests/bench/notify-child.ts",
      ["latency", String(SITES), String(OPTIONS), "0"],
      envFor(latencyDatabase),
    );
    const [a, b] = [median(withOutbox), median(without)];
    console.log(
      `  with the outbox ${ms(a)} [${withOutbox.map(ms).join(", ")}], without ${ms(b)} [${without.map(ms).join(", ")}]: ratio ${(a / b).toFixed(2)}× — target: no slower than noise (≤ 1.10×): ${verdict(a / b <= 1.1)}`,
    );
  } finally {
    await latencyDatabase.stop();
  }

  console.log("\n2 and 3. Delivery through a production build, and the staff posture page meanwhile");
  await buildWithBarePage();
  const database = await createBenchDatabase(kind);
  const smtp = await startSmtpReceiver({ parse: false });
  await runChild(
    "tests/bench/notify-child.ts",
    ["seed", String(SITES), String(OPTIONS), String(STAFF)],
    envFor(database),
  );
  const server = await startBenchServer(database, { SMTP_URL: smtp.smtpUrl, MAIL_FROM: "bench@bench.test" });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const [staff, commander] = [await signIn(BASE, "staff"), await signIn(BASE, "commander")];
    await measureThroughput(BASE, "/posture", staff, 20, 2);
    const idle = (await measureThroughput(BASE, "/posture", staff, 20, 5)).requestsPerSecond;

    const start = performance.now();
    const response = await fetch(`${BASE}/api/levels`, {
      method: "POST",
      headers: { Cookie: commander, "Content-Type": "application/json" },
      body: JSON.stringify({
        scope: "FORCE",
        level: "HEIGHTENED",
        reason: "Benchmark raise",
        reviewBy: new Date(Date.now() + 86_400_000).toISOString(),
        expectedVersion: 1,
      }),
    });
    if (!response.ok) throw new Error(`the raise answered ${response.status}: ${await response.text()}`);
    const committed = performance.now();
    const during = measureThroughput(BASE, "/posture", staff, 20, 5);

    let expected = 0;
    for (;;) {
      const { rows } = await client.query<{ fanned: boolean; emails: number }>(
        `SELECT bool_and("fannedOutAt" IS NOT NULL) AS fanned,
                (SELECT count(*)::int FROM "OutboxMessage" WHERE "channel" = 'EMAIL') AS emails
         FROM "NotificationEvent"`,
      );
      if (rows[0].fanned) expected = rows[0].emails;
      if (expected > 0 && smtp.received.length >= expected) break;
      if (performance.now() - committed > 300_000)
        throw new Error(`only ${smtp.received.length} of ${expected} emails in 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const deliveredMs = performance.now() - committed;
    const busy = (await during).requestsPerSecond;
    console.log(
      `  the raise answered in ${ms(committed - start)}; ${expected} emails accepted by the SMTP server ${(deliveredMs / 1000).toFixed(1)} s after it — target ≤ 60 s: ${verdict(deliveredMs <= 60_000)}`,
    );
    console.log(
      `  staff posture page: ${idle.toFixed(0)} req/s idle, ${busy.toFixed(0)} req/s during delivery (20 connections, 5 s): ratio ${((busy / idle) * 100).toFixed(0)} %`,
    );
  } finally {
    await client.end();
    await server.stop();
    await smtp.close();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
