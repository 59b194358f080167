import "server-only";
import { queueAlarmReminders } from "@/lib/alarms/alarm-reminders";
import { notifyConfig } from "@/lib/notify/config";
import { queueForceReviewReminders } from "@/lib/notify/force-review-reminders";
import { deliverDueMessages } from "@/lib/notify/deliver";
import { fanOutEvents } from "@/lib/notify/fan-out";
import { queueAcknowledgementReminders } from "@/lib/notify/reminders";
import { processSingleton } from "@/lib/process-singleton";
import { MINUTE, SECOND } from "@/lib/time";

const TICK_MS = SECOND;
const REMINDER_SWEEP_MS = MINUTE;

/**
 * Every server runs one: fan out new events, deliver what is due, and once a minute queue the
 * reminders, escalations, overdue force reviews and alarm digests that have fallen due. Servers share the work through row locks.
 */
export function startNotificationWorker() {
  processSingleton("notification-worker", () => {
    const config = notifyConfig();
    if (!config.smtpUrl) console.info("Email notifications are off: SMTP_URL is not set.");
    if (!config.teamsWebhookUrl) console.info("Teams notifications are off: TEAMS_WEBHOOK_URL is not set.");
    let busy = false;
    let lastSweep = 0;
    const tick = async () => {
      if (busy) return;
      busy = true;
      try {
        while ((await fanOutEvents(config)) > 0);
        if (Date.now() - lastSweep >= REMINDER_SWEEP_MS) {
          lastSweep = Date.now();
          await queueAcknowledgementReminders(config);
          await queueAlarmReminders(config);
          await queueForceReviewReminders(config);
        }
        while ((await deliverDueMessages(config)) > 0);
      } catch (error) {
        console.error("Notification worker", error instanceof Error ? error.message : error);
      } finally {
        busy = false;
      }
    };
    setInterval(() => void tick(), TICK_MS).unref();
    return true;
  });
}
