import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/cli/embedded-database";
import { binPath } from "@/lib/cli/run-command";

const run = promisify(execFile);

function prisma(args: string[], databaseUrl: string) {
  return run(binPath("prisma"), args, { env: { ...process.env, DATABASE_URL: databaseUrl } });
}

const isEnginePanic = (error: unknown) =>
  /Schema engine: unreachable/.test(String((error as { stderr?: string }).stderr));

// The wasm engine's describer panics now and then ("unreachable", decision 003): that is not a
// finding about the schema, so it is retried; a real difference (exit code 2) never is.
async function prismaDescribing(args: string[], databaseUrl: string, attempts = 4) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma(args, databaseUrl);
    } catch (error) {
      if (attempt >= attempts || !isEnginePanic(error)) throw error;
    }
  }
}

// Runs the Prisma CLI through the offline schema-engine bridge on a database of its own.
describe("migrations through the offline schema engine", () => {
  let empty: EmbeddedDatabase;

  beforeAll(async () => {
    empty = await startEmbeddedDatabase();
  });
  afterAll(() => empty.stop());

  it("applies every migration to an empty database, then reports it up to date", async () => {
    const deploy = await prisma(["migrate", "deploy"], empty.url);
    expect(deploy.stdout).toMatch(/All migrations have been successfully applied/);
    const status = await prisma(["migrate", "status"], empty.url);
    expect(status.stdout).toMatch(/Database schema is up to date/);
  });

  it("reports the bridge's engine version", async () => {
    const { stdout } = await run(process.execPath, ["prisma/engine/schema-engine.mjs", "--version"]);
    expect(stdout).toMatch(/^schema-engine-cli [0-9a-f]{40}/);
  });
});

// Replays the migrations into a shadow database on the PostgreSQL server (`.ci/run` provides one).
// Not on PGlite: the engine's schema describer panics intermittently on PGlite's PostgreSQL 18
// catalog (docs/decisions/003-offline-schema-engine.md).
describe.runIf(process.env.TEST_DATABASE_URL)("schema drift, on a PostgreSQL server", () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";

  it("finds no difference between the migrations and schema.prisma", async () => {
    const diff = ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma"];
    await expect(prismaDescribing([...diff, "--exit-code"], serverUrl)).resolves.toBeDefined();
  });

  it("would report a difference (exit code 2) if there were one", async () => {
    const diff = ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--exit-code"];
    await expect(prismaDescribing(diff, serverUrl)).rejects.toMatchObject({ code: 2 });
  });
});
