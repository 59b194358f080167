import type { Metadata } from "next";
import { AlarmRequestForm } from "@/app/alarms/new/request-form";
import { requirePageUser } from "@/lib/auth/page-guard";
import { alarmConfig } from "@/lib/alarms/config";

export const metadata: Metadata = { title: "Request an alarm" };

export default async function NewAlarmPage() {
  await requirePageUser("alarm.request");
  const config = alarmConfig();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Request a temporary alarm</h1>
      <p>
        The details of the person protected are seen only by approvers, by the installer for fitting and by the control
        room when the alarm rings, each time with a recorded reason.
      </p>
      <AlarmRequestForm
        costPerDay={config.ALARM_UNIT_COST_PER_DAY}
        minDays={config.minPeriodDays}
        maxDays={config.maxPeriodDays}
      />
    </div>
  );
}
