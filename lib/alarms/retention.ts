import "server-only";
import { PERSONAL_COLUMNS } from "@/lib/alarms/columns";
import { alarmConfig } from "@/lib/alarms/config";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DAY } from "@/lib/time";

/** Every personal column emptied: what is left are the facts kept for reporting. */
const ERASED = Object.fromEntries(PERSONAL_COLUMNS.map((column) => [column, null]));

/**
 * Erases the personal data of requests finished more than the retention period ago: CLOSED ones
 * from their closing, REJECTED and WITHDRAWN ones from their last transition. Transition notes go
 * too (they may name people). Each erasure is audited in its own transaction.
 */
export async function erasePersonalDataPastRetention(
  now = new Date(),
  retentionDays = alarmConfig().ALARM_RETENTION_DAYS,
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY);
  const due = await db.alarmRequest.findMany({
    where: {
      erasedAt: null,
      OR: [
        { status: "CLOSED", closedAt: { lt: cutoff } },
        {
          status: { in: ["REJECTED", "WITHDRAWN"] },
          transitions: { some: { toStatus: { in: ["REJECTED", "WITHDRAWN"] }, occurredAt: { lt: cutoff } } },
        },
      ],
    },
    select: { id: true, number: true, closedAt: true },
  });
  for (const request of due) {
    await db.$transaction(async (tx) => {
      const { count } = await tx.alarmRequest.updateMany({
        where: { id: request.id, erasedAt: null },
        data: { ...ERASED, erasedAt: now },
      });
      if (count === 0) return;
      await tx.alarmTransition.updateMany({ where: { requestId: request.id }, data: { note: null } });
      await recordAuditEvent(tx, {
        type: "alarm.personalDataErased",
        actorId: null,
        entityType: "AlarmRequest",
        entityId: request.id,
        payload: { number: request.number, closedAt: request.closedAt?.toISOString() ?? null },
      });
    });
  }
  return due.length;
}
