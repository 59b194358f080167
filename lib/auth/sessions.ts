import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db, type Db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sessionConfig } from "@/lib/auth/session-config";
import { recordPostureEvent } from "@/lib/live/record-posture-event";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

const TOUCH_AFTER_MS = 60_000;

/** Opens the server-side record of a sign-in, audited; its id is what the session cookie carries. */
export async function createSession(
  userId: string,
  method: "password" | "oidc" = "password",
  now = new Date(),
): Promise<string> {
  const { absoluteMs } = sessionConfig();
  return db.$transaction(async (tx) => {
    const session = await tx.session.create({
      data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + absoluteMs) },
      select: { id: true },
    });
    const user = await tx.user.update({
      where: { id: userId },
      data: { lastSignInAt: now, lastSignInMethod: method },
      select: { username: true },
    });
    await recordAuditEvent(tx, {
      type: "auth.signedIn",
      actorId: userId,
      entityType: "User",
      entityId: userId,
      payload: { username: user.username, method },
    });
    return session.id;
  });
}

export const CURRENT_USER_FIELDS = {
  id: true,
  username: true,
  displayName: true,
  roles: true,
  homeSiteId: true,
  mustChangePassword: true,
  homeSite: { select: { closedAt: true } },
  leadSites: { where: { site: { closedAt: null } }, select: { siteId: true }, orderBy: { site: { code: "asc" } } },
} as const;

type UserRow = Prisma.UserGetPayload<{ select: typeof CURRENT_USER_FIELDS }>;

/** The session's view of a user: a closed home site is no home site; a lead leads their home site and any further ones. */
export function toCurrentUser({ homeSite, leadSites, ...user }: UserRow): CurrentUser {
  const homeSiteId = homeSite && !homeSite.closedAt ? user.homeSiteId : null;
  const ledSiteIds = user.roles.includes("SITE_LEAD")
    ? [...new Set([homeSiteId, ...leadSites.map((lead) => lead.siteId)])].filter((id) => id !== null)
    : [];
  return { ...user, homeSiteId, ledSiteIds };
}

/** A user as a session of theirs would see them (for jobs, seeding and tests acting as someone). */
export async function readCurrentUser(where: Prisma.UserWhereUniqueInput, client: Db | Tx = db): Promise<CurrentUser> {
  return toCurrentUser(await client.user.findUniqueOrThrow({ where, select: CURRENT_USER_FIELDS }));
}

/**
 * The session's user if the session still stands: not revoked, not idle too long, not past its
 * absolute lifetime, and its user active. Marks it used (at most once a minute, to spare writes).
 */
export async function readLiveSession(sessionId: string, now = new Date()) {
  const { idleMs } = sessionConfig();
  const session = await db.session.findFirst({
    where: { id: sessionId, ...standing(now, idleMs), user: { active: true } },
    select: { lastSeenAt: true, user: { select: CURRENT_USER_FIELDS } },
  });
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return toCurrentUser(session.user);
}

function standing(now: Date, idleMs: number) {
  return { revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - idleMs) } };
}

/** Of these session ids, the ones that no longer stand (for closing their open event streams). */
export async function endedSessions(sessionIds: string[], now = new Date()): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const { idleMs } = sessionConfig();
  const live = await db.session.findMany({
    where: { id: { in: sessionIds }, ...standing(now, idleMs), user: { active: true } },
    select: { id: true },
  });
  const liveIds = new Set(live.map((session) => session.id));
  return new Set(sessionIds.filter((id) => !liveIds.has(id)));
}

/** Ends one session (sign-out). Every server's open streams of it close. */
export async function revokeSession(sessionId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count) await recordPostureEvent(tx, "session");
  });
}

/** Ends every session of a user, inside the caller's transaction (deactivation, "end all sessions"). */
export async function revokeUserSessions(tx: Tx, userId: string, now = new Date()): Promise<number> {
  const { count } = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  if (count) await recordPostureEvent(tx, "session");
  return count;
}
