import "server-only";
import { alarmConfig } from "@/lib/alarms/config";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DAY } from "@/lib/time";

/** The personal fields of a request; everything else is a fact kept for reporting. */
export const PERSONAL_FIELDS = {
  addressLine1: null,
  addressLine2: null,
  town: null,
  postcode: null,
  postcodeKey: null,
  personName: null,
  contactPhone: null,
  contactNotes: null,
  riskSummary: null,
  hazards: null,
  crimeReference: null,
  controlRoomRef: null,
} as const;

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
        data: { ...PERSONAL_FIELDS, erasedAt: now },
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
