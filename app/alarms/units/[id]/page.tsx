import type { Metadata } from "next";
import Link from "next/link";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { readAlarmUnit } from "@/lib/alarms/units";
import { formatDateTime, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Alarm unit" };

export default async function UnitPage({ params }: PageProps<"/alarms/units/[id]">) {
  const user = await requirePageUser();
  const { id } = await params;
  const unit = await readForPage(() => readAlarmUnit(user, id));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        Unit <span className="font-mono">{unit.assetTag}</span>
      </h1>
      <p>
        {humanize(unit.type)} · <strong data-testid="unit-status">{humanize(unit.status)}</strong>
      </p>
      <h2 className="text-xl font-semibold">Custody history</h2>
      <ol className="list-decimal space-y-1 pl-6">
        {unit.movements.map((movement) => (
          <li key={movement.id}>
            {formatDateTime(movement.occurredAt)} · {humanize(movement.kind)}
            {movement.request && (
              <>
                {" "}
                ·{" "}
                <Link href={`/alarms/${movement.request.id}`} className="underline">
                  {movement.request.number}
                </Link>
              </>
            )}
            {movement.actor && ` · ${movement.actor.displayName}`}
          </li>
        ))}
      </ol>
    </div>
  );
}
