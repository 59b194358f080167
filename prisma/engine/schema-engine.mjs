#!/usr/bin/env node
// @ts-check
// Stands in for Prisma's native schema-engine binary, which cannot be downloaded offline.
// The Prisma CLI finds it through PRISMA_SCHEMA_ENGINE_BINARY (see docs/decisions/003).
// It runs the engine's WebAssembly build (@prisma/schema-engine-wasm) over @prisma/adapter-pg
// and speaks the binary's protocol: JSON-RPC 2.0, one message per line on stdin/stdout.
import { appendFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { openConnection } from "./connection.mjs";

/** @typedef {{ datamodels: string[]; datasource?: { url?: string }; command: string[]; version?: boolean }} Args */
/** @typedef {Error & { errorCode?: string; code?: string; cause?: { code?: string } }} EngineError */
/** @typedef {{ id: number | string; method?: string; params?: unknown }} RpcRequest */

const require = createRequire(import.meta.url);
const ENGINE_DIR = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
const ENGINE_VERSION = JSON.parse(readFileSync(join(ENGINE_DIR, "package.json"), "utf8")).version;

// Ids of the requests the bridge itself sends to the CLI, clear of the CLI's own.
const PRINT_ID_BASE = 1_000_000_000;

// RPC method names whose wasm function is spelled differently.
/** @type {Record<string, string>} */
const METHOD_ALIASES = { getDatabaseVersion: "version" };

/**
 * @param {string[]} argv
 * @returns {Args}
 */
function parseArgs(argv) {
  /** @type {Args} */
  const args = { datamodels: [], datasource: undefined, command: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else if (arg === "--version" || arg === "-V") args.version = true;
    else args.command.push(arg);
  }
  return args;
}

/** @param {Args} args */
function urlFrom(args) {
  const url = args.datasource?.url ?? process.env.DATABASE_URL;
  if (!url) throw Object.assign(new Error("No datasource URL given"), { errorCode: "P1012" });
  return url;
}

// The wasm engine's panic hook reports through this global before it aborts.
Object.assign(globalThis, {
  PRISMA_WASM_PANIC_REGISTRY: {
    /** @param {string} message */
    set_message(message) {
      logLine("ERROR", `schema engine panicked: ${message}`);
      if (process.env.SCHEMA_ENGINE_BRIDGE_TRACE)
        appendFileSync(process.env.SCHEMA_ENGINE_BRIDGE_TRACE, `PANIC ${message}\n`);
    },
  },
});

async function loadEngine() {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(join(ENGINE_DIR, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  const start = /** @type {(() => void) | undefined} */ (instance.exports.__wbindgen_start);
  start?.();
  return bg.SchemaEngine;
}

/**
 * @param {string} level
 * @param {string} message
 * @param {string} [errorCode]
 */
function logLine(level, message, errorCode) {
  const fields = errorCode ? { message, error_code: errorCode } : { message };
  process.stderr.write(JSON.stringify({ level, target: "schema_engine::logger", fields }) + "\n");
}

// Prisma's codes for the connection failures the CLI handles itself (e.g. creating a missing database).
/** @type {Record<string, string>} */
const PG_ERROR_CODES = {
  "3D000": "P1003",
  "28P01": "P1000",
  28000: "P1000",
  ECONNREFUSED: "P1001",
  ENOTFOUND: "P1001",
};

/** @param {unknown} thrown */
function errorCodeOf(thrown) {
  const error = /** @type {EngineError | undefined} */ (thrown);
  return (
    error?.errorCode ??
    PG_ERROR_CODES[error?.code ?? ""] ??
    PG_ERROR_CODES[error?.cause?.code ?? ""] ??
    /P\d{4}/.exec(String(error?.message))?.[0]
  );
}

/** @param {unknown} error */
const messageOf = (error) => String(/** @type {Error | undefined} */ (error)?.message ?? error);

/** @param {Args} args */
async function runOneShot(args) {
  const [, subcommand] = args.command;
  const connection = await openConnection(urlFrom(args));
  try {
    if (subcommand === "can-connect-to-database") await connection.ping();
    else if (subcommand === "create-database") await connection.createDatabase();
    else if (subcommand === "drop-database") await connection.dropDatabase();
    else throw new Error(`Unknown cli subcommand ${subcommand}`);
  } finally {
    await connection.close();
  }
}

/** @param {Args} args */
async function serveRpc(args) {
  const SchemaEngine = await loadEngine();
  const datamodels = args.datamodels.map(
    (path) => /** @type {[string, string]} */ ([path, readFileSync(path, "utf8")]),
  );
  const connection = await openConnection(urlFrom(args));
  const engine = /** @type {Record<string, unknown>} */ (
    /** @type {unknown} */ (
      await SchemaEngine.new(
        { datamodels: datamodels.length ? datamodels : undefined },
        (/** @type {unknown} */ log) => process.stderr.write(String(log) + "\n"),
        connection.adapterFactory,
      )
    )
  );
  /** @param {object} message */
  const reply = (message) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
  let printId = PRINT_ID_BASE;
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    /** @type {RpcRequest} */
    const request = JSON.parse(line);
    // The CLI's acknowledgement of a "print" we sent: nothing to answer.
    if (request.method === undefined) return;
    const trace = process.env.SCHEMA_ENGINE_BRIDGE_TRACE;
    if (trace) appendFileSync(trace, line + "\n");
    queue = queue.then(async () => {
      const method = METHOD_ALIASES[request.method ?? ""] ?? request.method ?? "";
      try {
        const handler = engine[method];
        if (typeof handler !== "function") throw new Error(`Unsupported method ${request.method}`);
        /** @type {{ stdout?: string | null } | null | undefined} */
        const result = await handler.call(engine, request.params ?? {});
        // The wasm engine returns `diff --script` output; the native binary asks the CLI to
        // print it instead, which is what the CLI listens for.
        if (result && typeof result.stdout === "string") {
          reply({ id: ++printId, method: "print", params: { content: result.stdout } });
          result.stdout = null;
        }
        reply({ id: request.id, result: result ?? null });
      } catch (error) {
        const message = messageOf(error);
        reply({
          id: request.id,
          error: { code: 4466, message, data: { is_panic: false, message, error_code: errorCodeOf(error) } },
        });
      }
    });
  });
  lines.on("close", () => queue.then(() => connection.close()).then(() => process.exit(0)));
}

// The wasm engine can throw from a callback, outside any awaited promise.
process.on("uncaughtException", (error) => {
  logLine("ERROR", messageOf(error), errorCodeOf(error));
  process.exit(1);
});

const args = parseArgs(process.argv.slice(2));
try {
  if (args.version) console.log(`schema-engine-cli ${ENGINE_VERSION.split(".").pop()}`);
  else if (args.command[0] === "cli") await runOneShot(args);
  else await serveRpc(args);
} catch (error) {
  logLine("ERROR", messageOf(error), errorCodeOf(error));
  process.exit(1);
}
