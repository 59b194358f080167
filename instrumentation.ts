// Runs once when the Next.js server boots: a misconfigured production stops here, with the reason.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  env();
  const { alarmConfig } = await import("@/lib/alarms/config");
  alarmConfig();
  const { notifyConfig } = await import("@/lib/notify/config");
  notifyConfig();
  const { startBackgroundJobs } = await import("@/lib/jobs/background-jobs");
  startBackgroundJobs();
  const { offerPostureStream } = await import("@/lib/live/stream-endpoint");
  offerPostureStream();
}
