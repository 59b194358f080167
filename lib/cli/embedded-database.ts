import { mkdirSync } from "node:fs";
import type { Socket } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { authenticateConnection } from "@/lib/cli/pglite-scram";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Connections = { handleConnection(socket: Socket): Promise<void> };

/**
 * PGlite itself admits any user and password: this server first proves the password with
 * SCRAM-SHA-256, then hands the connection (and its startup message) to PGlite's own handler.
 */
class PasswordProtectedServer extends PGLiteSocketServer {
  constructor(
    options: ConstructorParameters<typeof PGLiteSocketServer>[0],
    private readonly password: string,
  ) {
    super(options);
    const connections = this as unknown as Connections;
    const handOn = connections.handleConnection.bind(this);
    connections.handleConnection = async (socket: Socket) => {
      // A client that resets its connection (a test process ending, a pool replacing a connection)
      // must end only that connection, never the process serving the database.
      socket.on("error", () => socket.destroy());
      const startup = await authenticateConnection(socket, this.password);
      if (!startup) return;
      await handOn(socket);
      socket.emit("data", startup);
    };
  }
}

/**
 * PGlite served over the Postgres protocol on 127.0.0.1 only, behind a password, so the app and
 * the Prisma CLI reach it through the same `pg` adapter as a real server. PGlite has a single
 * session, so each client process uses one pooled connection; the server admits a few so that a
 * connection the pool is replacing (after an error) can close while its successor opens
 * (docs/decisions/002-embedded-pglite.md).
 */
export async function startEmbeddedDatabase(
  dataDir?: string,
  port = 0,
  password = "estate-test",
): Promise<EmbeddedDatabase> {
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PasswordProtectedServer({ db, host: "127.0.0.1", port, maxConnections: 4 }, password);
  await server.start();
  const boundPort = (server as unknown as { port: number }).port;
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${boundPort}/postgres?sslmode=disable`;
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= server.stop().then(() => db.close()));
  return { url, stop };
}
