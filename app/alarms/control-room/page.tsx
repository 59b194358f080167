import type { Metadata } from "next";
import Link from "next/link";
import { CallLookup } from "@/app/alarms/control-room/call-lookup";
import { requirePageUser } from "@/lib/auth/page-guard";
import { countAlarmWork } from "@/lib/alarms/list-alarms";

export const metadata: Metadata = { title: "Alarm lookup" };

export default async function ControlRoomPage() {
  const user = await requirePageUser("alarm.lookup");
  const waiting = await countAlarmWork(user);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Alarm lookup</h1>
      <p>
        When a temporary alarm rings, find it by the device reference, the phone number, the postcode or the address.
        Each lookup is recorded with your name and the reason.
      </p>
      {waiting ? (
        <p className="border-l-4 border-amber-600 bg-amber-50 p-3">
          <Link href="/alarms" className="font-semibold underline">
            {waiting} {waiting === 1 ? "fit is" : "fits are"} waiting for you to confirm{" "}
            {waiting === 1 ? "it is" : "they are"} live
          </Link>
        </p>
      ) : null}
      <CallLookup />
    </div>
  );
}
