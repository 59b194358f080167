import { readFileSync } from "node:fs";
import pg from "pg";
import type { E2eServer } from "./server";

/**
 * A connection to a worker's server's embedded database, with the password it generated. PGlite
 * queues this connection's queries between the app's transactions, so reads see committed states.
 */
export async function withDatabase<T>(server: E2eServer, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const password = readFileSync(`${server.dataDir}/pglite-password`, "utf8").trim();
  const client = new pg.Client({
    host: "127.0.0.1",
    port: server.databasePort,
    user: "postgres",
    password,
    database: "postgres",
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Sessions and throttles change with every sign-in; the sealer seals earlier tests' audit events
// in the background whenever it likes (and verifies them, moving AuditVerification on), and the notification worker fans out earlier tests' events,
// delivers their messages and queues the daily alarm digests on its own clock. What a request
// changes is compared: the audit events, and every table of the app's own data.
const VOLATILE = new Set([
  "Session",
  "LoginThrottle",
  "AuditSeal",
  "AuditVerification",
  "NotificationEvent",
  "OutboxMessage",
  "DeliveryAttempt",
  "_prisma_migrations",
]);

/** A digest of every row of every table the app's data lives in (the volatile ones aside). */
export async function fingerprint(client: pg.Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const digests: Record<string, string> = {};
  for (const { tablename } of rows.filter((row) => !VOLATILE.has(row.tablename))) {
    // An audit event's links are set after it commits, by the chaining writer: its content is what a request changes.
    const row =
      tablename === "AuditEvent"
        ? `ROW(t."id", t."occurredAt", t."actorId", t."type", t."entityType", t."entityId", t."payload")::text`
        : "t::text";
    const result = await client.query<{ digest: string }>(
      `SELECT md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS digest FROM "${tablename}" t`,
    );
    digests[tablename] = result.rows[0].digest;
  }
  return digests;
}
