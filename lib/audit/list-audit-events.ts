import "server-only";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function listAuditEvents(user: CurrentUser, limit = 100) {
  requirePermission(user, "audit.view");
  const events = await db.auditEvent.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, occurredAt: true, type: true, entityType: true, entityId: true, payload: true, actorId: true },
  });
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } });
  const nameOf = new Map(actors.map((actor) => [actor.id, actor.displayName]));
  return events.map((event) => ({
    ...event,
    id: event.id.toString(),
    actorName: event.actorId ? (nameOf.get(event.actorId) ?? "Unknown user") : "System",
  }));
}
