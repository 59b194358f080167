// @ts-check
// Connections for the schema-engine bridge: the target database, and a throwaway shadow
// database on the same PostgreSQL server that `prisma migrate dev`/`diff` replay migrations into.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

/** @typedef {pg.ClientConfig & { database: string; max: number }} Config */
/** @typedef {{ config: Config; dispose: () => Promise<unknown> }} Shadow */

// The engine reads catalog columns of Postgres's internal "char" type (oid 18), such as
// pg_constraint.contype, which the adapter does not map. They hold one ASCII letter: the bridge
// reports them as the driver-adapter's Character type, which the engine's describer asks for.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * @typedef {{ fields: { dataTypeID: number }[]; rows: unknown[][] }} PgResult
 * @typedef {{ performIO: (query: unknown) => Promise<PgResult>; client: pg.PoolClient; onError: (error: unknown) => never }} AdapterInternals
 */

/** @param {import("@prisma/driver-adapter-utils").SqlDriverAdapter} adapter */
function readCharColumns(adapter) {
  const internals = /** @type {AdapterInternals} */ (/** @type {unknown} */ (adapter));
  /** @type {WeakMap<unknown[][], number[]>} */
  const charColumnsOf = new WeakMap();
  const performIO = internals.performIO.bind(adapter);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns = result.fields.flatMap((field, index) => (field.dataTypeID === PG_CHAR_OID ? [index] : []));
    for (const index of charColumns) result.fields[index].dataTypeID = PG_TEXT_OID;
    if (charColumns.length) charColumnsOf.set(result.rows, charColumns);
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsOf.get(/** @type {unknown[][]} */ (result.rows)) ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
}

/**
 * Discrete fields, not a connection string: a connection string would override `database`.
 * @param {string} url
 * @returns {Config}
 */
export function configFromUrl(url) {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode") ?? "";
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
    ssl: ["require", "verify-full", "verify-ca"].includes(sslmode)
      ? { rejectUnauthorized: sslmode !== "require" }
      : false,
    max: 1,
  };
}

/**
 * The adapter splits scripts on every ";", which breaks function bodies in migrations.
 * Postgres's simple-query protocol runs a whole multi-statement script as it is.
 * @param {Config} config
 */
async function connectAdapter(config) {
  const adapter = await new PrismaPg(config).connect();
  readCharColumns(adapter);
  const internals = /** @type {AdapterInternals} */ (/** @type {unknown} */ (adapter));
  adapter.executeScript = async function executeScript(script) {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

/**
 * @template T
 * @param {pg.ClientConfig} config
 * @param {(client: pg.Client) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withClient(config, work) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** @param {pg.ClientConfig} config */
async function refusePglite(config) {
  const { rows } = await withClient(config, (client) => client.query("select version() as v"));
  if (String(rows[0].v).includes("PGlite")) {
    throw new Error(
      "A shadow database needs a PostgreSQL server: the engine cannot describe PGlite reliably " +
        "(docs/decisions/003-offline-schema-engine.md). Point DATABASE_URL at a server.",
    );
  }
}

/**
 * @param {Config} config
 * @returns {Promise<Shadow>}
 */
async function openServerShadow(config) {
  const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
  await withClient(config, (client) => client.query(`CREATE DATABASE "${database}"`));
  const dispose = () =>
    withClient(config, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  return { config: { ...config, database }, dispose };
}

/** @param {string} url */
export async function openConnection(url) {
  const config = configFromUrl(url);
  /** @type {Shadow[]} */
  const shadows = [];
  /** @type {import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory} */
  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(config),
    async connectToShadowDb() {
      await refusePglite(config);
      const shadow = await openServerShadow(config);
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
  const quotedName = `"${config.database.replaceAll('"', '""')}"`;
  return {
    adapterFactory: bindMigrationAwareSqlAdapterFactory(factory),
    ping: () => withClient(config, (client) => client.query("select 1")),
    async createDatabase() {
      await withClient(adminConfig, async (client) => {
        const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [config.database]);
        if (!rowCount) await client.query(`CREATE DATABASE ${quotedName}`);
      });
    },
    dropDatabase: () =>
      withClient(adminConfig, (client) => client.query(`DROP DATABASE IF EXISTS ${quotedName} WITH (FORCE)`)),
    async close() {
      for (const shadow of [...shadows]) await shadow.dispose();
    },
  };
}
