// `npm run db:seed`: loads the demo data into the database at DATABASE_URL.
// No top-level await: tsx runs this file as CommonJS, where Node 20 refuses it.
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed-demo-data";

async function main() {
  await seedDemoData(db);
  console.log("Demo data loaded.");
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
