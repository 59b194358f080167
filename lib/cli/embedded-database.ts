import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * PGlite served over the Postgres protocol on a local port, so the app and the Prisma CLI
 * reach it through the same `pg` adapter as a real server. PGlite has a single session, so each
 * client process uses one pooled connection; the server admits a few so that a connection the
 * pool is replacing (after an error) can close while its successor opens
 * (docs/decisions/002-embedded-pglite.md).
 */
export async function startEmbeddedDatabase(dataDir?: string, port = 0): Promise<EmbeddedDatabase> {
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 4 });
  await server.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${(server as unknown as { port: number }).port}/postgres?sslmode=disable`;
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= server.stop().then(() => db.close()));
  return { url, stop };
}
