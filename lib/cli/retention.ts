// `npm run retention`: finished alarm requests whose records-review date has come join the
// records-review queue (or, with ALARM_AUTO_DISPOSE=true, are disposed of). Decision 014.
import { alarmConfig } from "@/lib/alarms/config";
import { queueRecordReviews } from "@/lib/alarms/records-review";
import { db } from "@/lib/db";

async function main() {
  const config = alarmConfig();
  const { queued, disposed } = await queueRecordReviews(new Date(), config);
  console.log(
    config.ALARM_AUTO_DISPOSE
      ? `Records review (automatic disposal): disposed of the personal data of ${disposed} alarm request(s).`
      : `Records review: ${queued} alarm request(s) joined the records-review queue.`,
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
