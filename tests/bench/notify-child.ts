// A child process of `npm run bench:notify`, on the database at DATABASE_URL. Prints one JSON line.
import { readCurrentUser } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { changeResponseLevel } from "@/lib/levels/change-response-level";
import { seedBenchEstate } from "./bench-data";

const [mode, sites, options, staff] = process.argv.slice(2).map((value, index) => (index ? Number(value) : value)) as [
  string,
  number,
  number,
  number,
];

const commander = () => readCurrentUser({ username: "commander" });

async function raiseAndLower(): Promise<number> {
  const user = await commander();
  const force = async () => db.forceLevel.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } });
  const start = performance.now();
  await changeResponseLevel(user, {
    scope: "FORCE",
    level: "EXCEPTIONAL",
    reason: "Benchmark raise",
    reviewBy: new Date(Date.now() + 86_400_000),
    expectedVersion: (await force()).version,
  });
  const elapsed = performance.now() - start;
  await changeResponseLevel(user, {
    scope: "FORCE",
    level: "NORMAL",
    reason: "Benchmark stand-down",
    expectedVersion: (await force()).version,
  });
  return elapsed;
}

/**
 * A force-wide raise with the outbox against the same raise without it, alternating: "without" is
 * the same code with the outbox insert dropped by a rule in this database only.
 */
async function latency() {
  await seedBenchEstate(db, sites, options);
  await raiseAndLower(); // warm-up
  const withOutbox: number[] = [];
  const without: number[] = [];
  for (let round = 0; round < 3; round++) {
    withOutbox.push(await raiseAndLower());
    await db.$executeRawUnsafe(`CREATE RULE bench_no_outbox AS ON INSERT TO "NotificationEvent" DO INSTEAD NOTHING`);
    without.push(await raiseAndLower());
    await db.$executeRawUnsafe(`DROP RULE bench_no_outbox ON "NotificationEvent"`);
  }
  return { withOutbox, without };
}

/** The estate, and `staff` people with email addresses spread over its sites. */
async function seed() {
  await seedBenchEstate(db, sites, options);
  await db.user.updateMany({ data: { email: "bench-commander@bench.test" }, where: { username: "commander" } });
  const siteIds = (await db.site.findMany({ select: { id: true }, orderBy: { code: "asc" } })).map((site) => site.id);
  for (let start = 0; start < staff; start += 1_000) {
    await db.user.createMany({
      data: Array.from({ length: Math.min(1_000, staff - start) }, (_, offset) => {
        const index = start + offset;
        return {
          username: `bench-staff-${index}`,
          displayName: `Bench staff ${index}`,
          email: `bench-staff-${index}@bench.test`,
          roles: ["STAFF" as const],
          passwordHash: "not used",
          homeSiteId: siteIds[index % siteIds.length],
        };
      }),
    });
  }
  return { seeded: staff };
}

async function main() {
  const result = mode === "latency" ? await latency() : await seed();
  console.log(JSON.stringify(result));
  await db.$disconnect();
  process.exit(0);
}

void main();
