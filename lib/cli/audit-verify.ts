// `npm run audit:verify`: checks the whole audit trail (events, keyed seals, signed checkpoints),
// prints where any break is, and exits 1 if there is one. On the embedded database, stop the app
// first: PGlite serves one process.
import path from "node:path";
import { checkpointFile } from "@/lib/audit/audit-key";
import { readCheckpoints } from "@/lib/audit/checkpoints";
import { verifyAuditTrail } from "@/lib/audit/verify-audit-trail";
import { startEmbeddedDatabase } from "@/lib/cli/embedded-database";
import { loadAuditKeyForCli, loadOrCreateSecret } from "@/lib/cli/secret";
import { dataDirectory } from "@/lib/data-directory";

async function main() {
  loadAuditKeyForCli();
  let stopDatabase = async () => {};
  if (!process.env.DATABASE_URL) {
    const dataDir = dataDirectory();
    const database = await startEmbeddedDatabase(
      path.join(dataDir, "pglite"),
      0,
      loadOrCreateSecret(dataDir, "pglite-password"),
    );
    Object.assign(process.env, { DATABASE_URL: database.url, EMBEDDED_DATABASE: "1" });
    stopDatabase = database.stop;
  }
  const { db } = await import("@/lib/db");
  const file = checkpointFile();
  const report = await verifyAuditTrail(db, { checkpoints: readCheckpoints(file) });
  await db.$disconnect();
  await stopDatabase();
  console.log(
    `Audit trail: ${report.events} events, ${report.seals} seals, ${report.checkpoints} checkpoints (${file}), ${report.unsealed} events not sealed yet.`,
  );
  for (const problem of report.problems) console.log(`BROKEN at ${problem.where}: ${problem.what}`);
  console.log(report.isIntact ? "Intact." : `${report.problems.length} break(s) found.`);
  process.exit(report.isIntact ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
