import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { revokeUserSessions } from "@/lib/auth/sessions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { UserChanges } from "@/lib/users/user-schemas";

export type ChangeSource = "admin" | "oidc" | "scim";
type Actor = { actorId: string | null; source: ChangeSource };

const invalid = (field: string, message: string) => new AppError("VALIDATION", message, { [field]: [message] });

async function openSiteCodes(tx: Tx, siteIds: string[], field: string): Promise<Map<string, string>> {
  if (siteIds.length === 0) return new Map();
  const sites = await tx.site.findMany({
    where: { id: { in: siteIds }, closedAt: null },
    select: { id: true, code: true },
  });
  if (sites.length !== new Set(siteIds).size) throw invalid(field, "Choose open sites from the list");
  return new Map(sites.map((site) => [site.id, site.code]));
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * The one place a user's details change, whoever changes them (an administrator, a sign-in through
 * the identity provider, SCIM): sites checked open, a lead's further sites only for a SITE_LEAD,
 * sessions ended on deactivation, and one audit event naming each field's old and new value.
 */
export async function saveUserChanges(
  tx: Tx,
  actor: Actor,
  userId: string,
  changes: UserChanges,
  { quiet = false } = {},
) {
  const current = await tx.user.findUnique({
    where: { id: userId },
    select: {
      username: true,
      displayName: true,
      email: true,
      roles: true,
      active: true,
      homeSiteId: true,
      homeSite: { select: { code: true } },
      leadSites: { select: { siteId: true, site: { select: { code: true } } } },
    },
  });
  if (!current) throw new AppError("NOT_FOUND", "That user does not exist.");
  const roles: Role[] = changes.roles ?? current.roles;
  const currentLeadIds = current.leadSites.map((lead) => lead.siteId);
  if (changes.leadSiteIds?.length && !roles.includes("SITE_LEAD"))
    throw invalid("leadSiteIds", "Only a site lead leads further sites: give them the Site lead role too");
  const leadSiteIds = roles.includes("SITE_LEAD") ? (changes.leadSiteIds ?? currentLeadIds) : [];
  const homeSiteId = changes.homeSiteId === undefined ? current.homeSiteId : changes.homeSiteId;
  const homeCodes =
    homeSiteId && homeSiteId !== current.homeSiteId ? await openSiteCodes(tx, [homeSiteId], "homeSiteId") : null;
  const leadCodes = sameSet(leadSiteIds, currentLeadIds) ? null : await openSiteCodes(tx, leadSiteIds, "leadSiteIds");

  const diff: Record<string, { from: unknown; to: unknown }> = {};
  const note = (field: string, from: unknown, to: unknown) => (diff[field] = { from, to });
  if (changes.displayName !== undefined && changes.displayName !== current.displayName)
    note("name", current.displayName, changes.displayName);
  if (changes.email !== undefined && changes.email !== current.email) note("email", current.email, changes.email);
  if (!sameSet(roles, current.roles)) note("roles", current.roles, roles);
  if (homeSiteId !== current.homeSiteId)
    note("home site", current.homeSite?.code ?? null, homeSiteId ? homeCodes!.get(homeSiteId)! : null);
  if (leadCodes) {
    note(
      "sites led",
      current.leadSites.map((lead) => lead.site.code).sort(),
      leadSiteIds.map((id) => leadCodes.get(id)!).sort(),
    );
  }
  if (changes.active !== undefined && changes.active !== current.active) note("active", current.active, changes.active);

  await tx.user.update({
    where: { id: userId },
    data: {
      displayName: changes.displayName,
      email: changes.email,
      roles,
      homeSiteId,
      active: changes.active,
    },
  });
  if (leadCodes) {
    await tx.leadSite.deleteMany({ where: { userId } });
    await tx.leadSite.createMany({ data: leadSiteIds.map((siteId) => ({ userId, siteId })) });
  }
  if (changes.active === false && current.active) await revokeUserSessions(tx, userId);
  if (!quiet && Object.keys(diff).length) {
    await recordAuditEvent(tx, {
      type: "user.updated",
      actorId: actor.actorId,
      entityType: "User",
      entityId: userId,
      payload: { username: current.username, changes: diff, source: actor.source },
    });
  }
  return {
    username: current.username,
    roles,
    homeSite: homeSiteId ? (homeCodes?.get(homeSiteId) ?? current.homeSite?.code ?? null) : null,
    changed: Object.keys(diff),
  };
}
