import type { Metadata } from "next";
import Link from "next/link";
import { MoveUnitForm } from "@/app/alarms/units/[id]/move-unit-form";
import { Section } from "@/components/section";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { movesFrom } from "@/lib/alarms/unit-moves";
import { readAlarmUnit } from "@/lib/alarms/units";
import { formatDateTime, humanize } from "@/lib/format";

export const metadata: Metadata = { title: "Alarm unit" };

export default async function UnitPage({ params }: PageProps<"/alarms/units/[id]">) {
  const user = await requirePageUser();
  const { id } = await params;
  const unit = await readForPage(() => readAlarmUnit(user, id));
  const moves = movesFrom(unit.status);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        Unit <span className="font-mono">{unit.assetTag}</span>
      </h1>
      <p>
        {humanize(unit.type)} · <strong data-testid="unit-status">{humanize(unit.status)}</strong>
      </p>
      {can(user.roles, "unit.manage") && moves.length > 0 && (
        <Section id="move-title" title="Record a move" className="space-y-2">
          <MoveUnitForm unitId={unit.id} moves={moves} />
        </Section>
      )}
      <Section id="custody-title" title="Custody history" className="space-y-2">
        <ol className="list-decimal space-y-1 pl-6" data-testid="custody-history">
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
              {movement.note && <>: {movement.note}</>}
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
