import type { Metadata } from "next";
import { HazardSearch } from "@/app/alarms/hazards/hazard-search";
import { requirePageUser } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Hazard check" };

export default async function HazardsPage() {
  await requirePageUser("hazard.view");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Hazard check before attending</h1>
      <p>
        Search by postcode or address. A live temporary alarm shows what you need for your dynamic risk assessment. Each
        check is recorded.
      </p>
      <HazardSearch />
    </div>
  );
}
