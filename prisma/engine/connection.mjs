// Connections for the schema-engine bridge: the target database, and a throwaway shadow
// database that `prisma migrate dev` replays migrations into.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// The engine reads catalog columns of Postgres's internal "char" type (oid 18), which the
// adapter does not map; they hold single ASCII letters, so reading them as text is exact.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const originalAddFields = pg.Result.prototype.addFields;
pg.Result.prototype.addFields = function addFields(fields) {
  for (const field of fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return originalAddFields.call(this, fields);
};

// Discrete fields, not a connection string: a connection string would override `database`.
export function configFromUrl(url) {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
    ssl: ["require", "verify-full", "verify-ca"].includes(parsed.searchParams.get("sslmode") ?? "")
      ? { rejectUnauthorized: parsed.searchParams.get("sslmode") !== "require" }
      : false,
    max: 1,
  };
}

// The adapter splits scripts on every ";", which breaks function bodies in migrations.
// Postgres's simple-query protocol runs a whole multi-statement script as it is.
async function connectAdapter(config) {
  const adapter = await new PrismaPg(config).connect();
  adapter.executeScript = async function executeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  return adapter;
}

async function withClient(config, work) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function isPglite(config) {
  return withClient(config, async (client) => {
    const { rows } = await client.query("select version() as v");
    return rows[0].v.includes("PGlite");
  });
}

async function openPgliteShadow() {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1" });
  await server.start();
  const config = { host: "127.0.0.1", port: server.port, user: "postgres", database: "postgres", max: 1 };
  return {
    config,
    dispose: async () => {
      await server.stop();
      await db.close();
    },
  };
}

async function openServerShadow(config) {
  const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
  await withClient(config, (client) => client.query(`CREATE DATABASE "${database}"`));
  const dispose = () =>
    withClient(config, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  return { config: { ...config, database }, dispose };
}

export async function openConnection(url) {
  const config = configFromUrl(url);
  const shadows = [];
  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(config),
    async connectToShadowDb() {
      const shadow = (await isPglite(config)) ? await openPgliteShadow() : await openServerShadow(config);
      const adapter = await connectAdapter(shadow.config);
      shadows.push(shadow);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.dispose();
        shadows.splice(shadows.indexOf(shadow), 1);
      };
      return adapter;
    },
  };
  const adminConfig = { ...config, database: "postgres" };
  return {
    adapterFactory: bindMigrationAwareSqlAdapterFactory(factory),
    ping: () => withClient(config, (client) => client.query("select 1")),
    async createDatabase() {
      await withClient(adminConfig, async (client) => {
        const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [config.database]);
        if (!rowCount) await client.query(`CREATE DATABASE "${config.database.replaceAll('"', '""')}"`);
      });
    },
    dropDatabase: () =>
      withClient(adminConfig, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${config.database.replaceAll('"', '""')}" WITH (FORCE)`),
      ),
    async close() {
      for (const shadow of [...shadows]) await shadow.dispose();
    },
  };
}
