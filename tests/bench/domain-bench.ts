// A child process of `npm run bench:levels`, on the database at DATABASE_URL. Prints one JSON line.
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { readCurrentUser } from "@/lib/auth/sessions";
import { readPosture } from "@/lib/levels/read-posture";
import { readStaffPosture } from "@/lib/levels/read-staff-posture";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { readPolicyReminder } from "@/lib/policy/read-policy";
import { statementsOf } from "../support/statements";
import { seedBenchEstate } from "./bench-data";

const [mode, sites, options] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];

async function user(username: string): Promise<CurrentUser> {
  return readCurrentUser({ username });
}

/** The force-wide raise, against the floor: one bare INSERT of as many rows in one transaction. */
async function raise() {
  await seedBenchEstate(db, sites, options);
  const commander = await user("commander");
  const baselineStart = performance.now();
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`CREATE TEMP TABLE bench_items (LIKE "ChecklistItem") ON COMMIT DROP`);
    await tx.$executeRawUnsafe(`
      INSERT INTO bench_items ("id", "activationId", "optionId", "level", "status", "dueAt", "updatedAt")
      SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'EXCEPTIONAL', 'PENDING', now(), now()
      FROM generate_series(1, ${sites * options})`);
  });
  const baselineMs = performance.now() - baselineStart;
  const start = performance.now();
  await changeResponseLevel(commander, {
    scope: "FORCE",
    level: "EXCEPTIONAL",
    reason: "Benchmark raise",
    reviewBy: new Date(Date.now() + 86_400_000),
    expectedVersion: 1,
  });
  const raiseMs = performance.now() - start;
  const items = await db.checklistItem.count();
  return { raiseMs, baselineMs, items };
}

/** Queries the staff posture page and the overview make on a cold cache, counted at the driver. */
async function queries() {
  await seedBenchEstate(db, sites, options);
  const commander = await user("commander");
  await changeResponseLevel(commander, {
    scope: "FORCE",
    level: "HEIGHTENED",
    reason: "Benchmark",
    reviewBy: new Date(Date.now() + 86_400_000),
    expectedVersion: 1,
  });
  const staff = await user("staff");
  const counted = async (work: () => Promise<unknown>) => (await statementsOf(work)).length;
  const staffPage = await counted(async () => {
    await readStaffPosture(staff);
    await readPolicyReminder(staff);
  });
  const overviewPage = await counted(async () => {
    await readPosture(commander);
    await readPolicyReminder(commander);
  });
  return { staffPage, overviewPage };
}

async function main() {
  const result =
    mode === "raise"
      ? await raise()
      : mode === "seed"
        ? await seedBenchEstate(db, sites, options).then(() => ({ seeded: true }))
        : await queries();
  console.log(JSON.stringify(result));
  await db.$disconnect();
  process.exit(0);
}

void main();
