// `npm run retention`: erases the personal data of alarm requests past the retention period.
import { alarmConfig } from "@/lib/alarms/config";
import { erasePersonalDataPastRetention } from "@/lib/alarms/retention";
import { db } from "@/lib/db";

async function main() {
  const erased = await erasePersonalDataPastRetention();
  console.log(
    `Retention (${alarmConfig().ALARM_RETENTION_DAYS} days): erased the personal data of ${erased} alarm request(s).`,
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
