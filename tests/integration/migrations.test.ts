import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/cli/embedded-database";
import { binPath } from "@/lib/cli/run-command";

const run = promisify(execFile);

function prisma(args: string[], databaseUrl: string) {
  return run(binPath("prisma"), args, { env: { ...process.env, DATABASE_URL: databaseUrl } });
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

  // Replays the migrations into a shadow database: `--exit-code` exits 2 when they differ.
  it("finds no drift between the migrations and schema.prisma", async () => {
    const diff = ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma"];
    await expect(prisma([...diff, "--exit-code"], empty.url)).resolves.toBeDefined();
    const fromNothing = ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--exit-code"];
    await expect(prisma(fromNothing, empty.url)).rejects.toMatchObject({ code: 2 });
  });

  it("reports the bridge's engine version", async () => {
    const { stdout } = await run(process.execPath, ["prisma/engine/schema-engine.mjs", "--version"]);
    expect(stdout).toMatch(/^schema-engine-cli [0-9a-f]{40}/);
  });
});
