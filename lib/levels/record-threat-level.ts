import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { parseInput } from "@/lib/errors";
import { recordThreatSchema } from "@/lib/levels/schemas";
import { commitPostureChange } from "@/lib/live/commit-posture-change";
import { recordPostureEvent } from "@/lib/live/record-posture-event";
import { queueThreatRecorded } from "@/lib/notify/queue-notification";

/** Records a threat level as an input: no response level changes because of it. */
export async function recordThreatLevel(user: CurrentUser, input: unknown) {
  requirePermission(user, "threat.record");
  const threat = parseInput(recordThreatSchema, input);
  return commitPostureChange(async (tx) => {
    const record = await tx.threatRecord.create({
      data: { ...threat, recordedById: user.id },
      select: { id: true, scope: true, level: true, reason: true, source: true, recordedAt: true },
    });
    await recordAuditEvent(tx, {
      type: "threat.recorded",
      actorId: user.id,
      entityType: "ThreatRecord",
      entityId: record.id,
      payload: threat,
    });
    await recordPostureEvent(tx, "threat");
    await queueThreatRecorded(tx, { scope: record.scope, level: record.level, recordedAt: record.recordedAt });
    return record;
  });
}
