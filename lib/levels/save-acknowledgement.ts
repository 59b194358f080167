import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import type { ResponseLevel } from "@/lib/levels/response-levels";

type Acknowledged = {
  person: { id: string; username: string };
  siteId: string;
  postureVersion: number;
  level: ResponseLevel;
};

/**
 * Records that a person knows their site's posture, once: a double click, a second tab or a
 * second briefing is the same acknowledgement, decided quietly by the unique key. Audited when
 * new; a briefing in person keeps who recorded it.
 */
export async function saveAcknowledgement(tx: Tx, recorder: CurrentUser, acknowledged: Acknowledged) {
  const { person, siteId, postureVersion, level } = acknowledged;
  const inPerson = person.id !== recorder.id;
  const { count } = await tx.acknowledgement.createMany({
    data: [
      {
        userId: person.id,
        siteId,
        postureVersion,
        method: inPerson ? "IN_PERSON" : "APP",
        recordedById: inPerson ? recorder.id : null,
      },
    ],
    skipDuplicates: true,
  });
  if (count > 0) {
    await recordAuditEvent(tx, {
      type: "posture.acknowledged",
      actorId: recorder.id,
      entityType: "Site",
      entityId: siteId,
      payload: {
        siteId,
        postureVersion,
        level,
        ...(inPerson && { method: "IN_PERSON" as const, forUsername: person.username }),
      },
    });
  }
  const acknowledgement = await tx.acknowledgement.findUniqueOrThrow({
    where: { userId_siteId_postureVersion: { userId: person.id, siteId, postureVersion } },
    select: {
      userId: true,
      siteId: true,
      postureVersion: true,
      acknowledgedAt: true,
      method: true,
      recordedById: true,
    },
  });
  return { created: count > 0, acknowledgement };
}
