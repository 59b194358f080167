import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { ALL_SCOPES } from "@/lib/api-tokens/scopes";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { uuidOrNotFound } from "@/lib/http/params";
import { DAY } from "@/lib/time";
import { pageNumber, wholeNumber } from "@/lib/validation";

export const TOKEN_PREFIX = "est_";
export const MAX_TOKEN_DAYS = 366;
export const TOKENS_PAGE_SIZE = 25;

/** Only the SHA-256 of a token is kept: it is 256 random bits, so no slow hash is needed. */
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

const list = (value: unknown) => (value === undefined || value === null ? [] : [value].flat());

export const createTokenSchema = z.object({
  name: z
    .string({ error: "Give the token a name" })
    .trim()
    .min(3, "Give the token a name that says which system holds it: at least 3 characters")
    .max(100, "Keep the name under 100 characters"),
  scopes: z.preprocess(
    list,
    z
      .array(z.enum(ALL_SCOPES, { error: "Choose scopes from the list" }))
      .min(1, "Choose at least one scope")
      .transform((scopes) => [...new Set(scopes)]),
  ),
  expiresInDays: wholeNumber(`Give how many days it lasts: 1 to ${MAX_TOKEN_DAYS}`, MAX_TOKEN_DAYS).refine(
    (days) => days >= 1,
    `Give how many days it lasts: 1 to ${MAX_TOKEN_DAYS}`,
  ),
});

/** An ADMIN's new token for a system: the secret is returned this once and never again. */
export async function createApiToken(actor: CurrentUser, input: unknown, now = new Date()) {
  requirePermission(actor, "user.manage");
  const { name, scopes, expiresInDays } = parseInput(createTokenSchema, input);
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(now.getTime() + expiresInDays * DAY);
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        name,
        scopes,
        expiresAt,
        secretHash: hashSecret(secret),
        prefix: secret.slice(0, 10),
        createdById: actor.id,
      },
      select: { id: true, name: true, scopes: true, prefix: true, expiresAt: true },
    });
    await recordAuditEvent(tx, {
      type: "apiToken.created",
      actorId: actor.id,
      entityType: "ApiToken",
      entityId: created.id,
      payload: { name, scopes, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return { ...token, secret };
}

const listSchema = z.object({ page: pageNumber.catch(1).default(1) });

/** Every token, newest first, a page at a time: never the secret, which is not kept. */
export async function listApiTokens(actor: CurrentUser, input: unknown = {}) {
  requirePermission(actor, "user.manage");
  const { page } = parseInput(listSchema, input);
  const [items, total] = await Promise.all([
    db.apiToken.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * TOKENS_PAGE_SIZE,
      take: TOKENS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        prefix: true,
        scopes: true,
        createdAt: true,
        expiresAt: true,
        lastUsedAt: true,
        revokedAt: true,
        createdBy: { select: { displayName: true } },
      },
    }),
    db.apiToken.count(),
  ]);
  return { items, page, pageSize: TOKENS_PAGE_SIZE, total };
}

/** Revoked at once: the next request with it is refused. */
export async function revokeApiToken(actor: CurrentUser, tokenId: string, now = new Date()) {
  requirePermission(actor, "user.manage");
  uuidOrNotFound(tokenId, "That token does not exist.");
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { name: true, revokedAt: true } });
    if (!token) throw new AppError("NOT_FOUND", "That token does not exist.");
    if (token.revokedAt) return { name: token.name, revokedAt: token.revokedAt };
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      type: "apiToken.revoked",
      actorId: actor.id,
      entityType: "ApiToken",
      entityId: tokenId,
      payload: { name: token.name },
    });
    return { name: token.name, revokedAt: now };
  });
}
