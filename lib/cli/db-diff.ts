// `npm run db:diff -- <name>`: writes the next migration, in Prisma's own layout, from what
// schema.prisma has that the migrations do not. It replays the migrations into a shadow database
// on a PostgreSQL server (never PGlite: decision 003). The drift test then checks the result in CI.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import pg from "pg";
import { binPath } from "@/lib/cli/run-command";

const run = promisify(execFile);
const USAGE =
  "Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run db:diff -- <name_in_snake_case>";

/** PGlite cannot hold the shadow database the engine needs to describe (decision 003). */
async function refusePglite(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("select version() as version");
    if (rows[0].version.includes("PGlite")) {
      throw new Error(`db:diff needs a PostgreSQL server, not the embedded PGlite database.\n${USAGE}`);
    }
  } finally {
    await client.end();
  }
}

async function diffScript(schema: string, migrations: string, databaseUrl: string): Promise<string> {
  const args = ["migrate", "diff", "--from-migrations", migrations, "--to-schema", schema, "--script"];
  const { stdout } = await run(binPath("prisma"), args, { env: { ...process.env, DATABASE_URL: databaseUrl } });
  return stdout;
}

/** "20261124153012": the UTC timestamp Prisma names its migration folders with. */
function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

function hasStatements(script: string): boolean {
  return script.split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("--"));
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      schema: { type: "string", default: "prisma/schema.prisma" },
      migrations: { type: "string", default: "prisma/migrations" },
    },
  });
  const [name] = positionals;
  const databaseUrl = process.env.DATABASE_URL;
  if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`Name the migration in snake_case.\n${USAGE}`);
  if (!databaseUrl) throw new Error(`db:diff needs a PostgreSQL server for its shadow database.\n${USAGE}`);

  await refusePglite(databaseUrl);
  const script = await diffScript(values.schema, values.migrations, databaseUrl);
  if (!hasStatements(script)) {
    console.log("No difference: schema.prisma matches the migrations. Nothing written.");
    return;
  }
  const folder = path.join(values.migrations, `${migrationTimestamp(new Date())}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), script.trimStart());
  console.log(`Wrote ${path.join(folder, "migration.sql")}. Read it, then run the tests: the drift test checks it.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
