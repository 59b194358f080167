import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { mapRoles, type OidcConfig } from "@/lib/auth/oidc-config";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { saveUserChanges } from "@/lib/users/save-user-changes";

/** The ID token's claims we use; its signature, issuer, audience and expiry were checked by openid-client. */
const claimsSchema = z.object({
  sub: z.string().min(1),
  oid: z.string().min(1).optional(),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  email: z.string().optional(),
  roles: z.array(z.string()).optional(),
});

export type OidcOutcome = { userId: string } | { refused: "unknown" | "deactivated" | "malformed" };

/** Entra's `oid` is the person's id across every app of the tenant; `sub` differs per app. */
export const externalIdOf = (claims: { sub: string; oid?: string }) => claims.oid ?? claims.sub;

/**
 * Who an identity provider's sign-in is: the user whose external id is the token's `oid` (else
 * `sub`); an unknown person is created as STAFF only when the force allows it. When the token
 * carries `roles` they replace the user's roles, audited when they change.
 */
export async function resolveOidcSignIn(rawClaims: unknown, config: OidcConfig): Promise<OidcOutcome> {
  const parsed = claimsSchema.safeParse(rawClaims);
  if (!parsed.success) return { refused: "malformed" };
  const claims = parsed.data;
  const externalId = externalIdOf(claims);
  const existing = await db.user.findUnique({ where: { externalId }, select: { id: true, active: true } });
  if (existing && !existing.active) return { refused: "deactivated" };
  if (!existing && !config.createUsers) return { refused: "unknown" };
  const roles = claims.roles ? mapRoles(claims.roles, config.roleMap) : undefined;
  const userId = await db.$transaction(async (tx) => {
    const id = existing?.id ?? (await createFromClaims(tx, claims, externalId, roles ?? ["STAFF"]));
    if (existing && roles) await saveUserChanges(tx, { actorId: null, source: "oidc" }, id, { roles });
    return id;
  });
  return { userId };
}

async function createFromClaims(tx: Tx, claims: z.infer<typeof claimsSchema>, externalId: string, roles: Role[]) {
  const username = (claims.preferred_username ?? claims.email ?? externalId).toLowerCase();
  const taken = await tx.user.findUnique({ where: { username }, select: { id: true } });
  const user = await tx.user.create({
    data: {
      // A local account may hold the name already: the external id keeps the new one unique.
      username: taken ? `${username}#${externalId}` : username,
      displayName: claims.name ?? username,
      email: claims.email ?? null,
      externalId,
      roles,
      passwordHash: null,
    },
    select: { id: true, username: true, roles: true },
  });
  await recordAuditEvent(tx, {
    type: "user.created",
    actorId: null,
    entityType: "User",
    entityId: user.id,
    payload: { username: user.username, roles: user.roles, homeSite: null, source: "oidc" },
  });
  return user.id;
}
