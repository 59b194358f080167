// `npm run db:seed`: loads the demo data into the database at DATABASE_URL.
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/demo/seed-demo-data";

await seedDemoData(db);
console.log("Demo data loaded.");
await db.$disconnect();
