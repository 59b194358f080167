import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pagingOf, parseEqualityFilter } from "@/lib/scim/filter";
import { ScimError } from "@/lib/scim/scim-error";
import {
  ENTERPRISE_SCHEMA,
  USER_SCHEMA,
  userAttributesOf,
  userPatchOf,
  type UserAttributes,
} from "@/lib/scim/user-attributes";
import { saveUserChanges } from "@/lib/users/save-user-changes";

export const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const SCIM = { actorId: null, source: "scim" } as const;

const USER_SELECT = {
  id: true,
  username: true,
  externalId: true,
  displayName: true,
  email: true,
  active: true,
  createdAt: true,
  updatedAt: true,
  homeSite: { select: { code: true } },
} satisfies Prisma.UserSelect;

type ScimUserRow = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

/** A user as a SCIM resource (RFC 7643 §4.1, with the enterprise extension's department). */
export function toScimUser(user: ScimUserRow, baseUrl: string) {
  return {
    schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
    id: user.id,
    ...(user.externalId && { externalId: user.externalId }),
    userName: user.username,
    displayName: user.displayName,
    name: { formatted: user.displayName },
    emails: user.email ? [{ value: user.email, type: "work", primary: true }] : [],
    active: user.active,
    [ENTERPRISE_SCHEMA]: { department: user.homeSite?.code ?? null },
    meta: {
      resourceType: "User",
      created: user.createdAt.toISOString(),
      lastModified: user.updatedAt.toISOString(),
      location: `${baseUrl}/scim/v2/Users/${user.id}`,
    },
  };
}

const provisioned = { deprovisionedAt: null } satisfies Prisma.UserWhereInput;
const notFound = () => new ScimError(404, "There is no such user.");
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** `GET /scim/v2/Users?filter=userName eq "…"&startIndex=&count=`: paged in the database. */
export async function listScimUsers(params: URLSearchParams, baseUrl: string) {
  const filter = parseEqualityFilter(params.get("filter"), ["userName", "externalId"]);
  const { startIndex, count } = pagingOf(params);
  const where: Prisma.UserWhereInput = {
    ...provisioned,
    ...(filter?.attribute === "userName" && { username: filter.value.toLowerCase() }),
    ...(filter?.attribute === "externalId" && { externalId: filter.value }),
  };
  const [users, total] = await Promise.all([
    count === 0
      ? []
      : db.user.findMany({
          where,
          orderBy: { createdAt: "asc" },
          skip: startIndex - 1,
          take: count,
          select: USER_SELECT,
        }),
    db.user.count({ where }),
  ]);
  return {
    schemas: [LIST_SCHEMA],
    totalResults: total,
    startIndex,
    itemsPerPage: users.length,
    Resources: users.map((user) => toScimUser(user, baseUrl)),
  };
}

export async function readScimUser(id: string, baseUrl: string) {
  if (!isUuid(id)) throw notFound();
  const user = await db.user.findFirst({ where: { id, ...provisioned }, select: USER_SELECT });
  if (!user) throw notFound();
  return toScimUser(user, baseUrl);
}

async function homeSiteIdOf(tx: Tx, department: string | null | undefined): Promise<string | null | undefined> {
  if (department === undefined) return undefined;
  if (department === null || department === "") return null;
  const site = await tx.site.findFirst({
    where: { code: { equals: department, mode: "insensitive" }, closedAt: null },
    select: { id: true },
  });
  if (!site) throw new ScimError(400, `department: no open site has the code ${department}.`, "invalidValue");
  return site.id;
}

async function requireUniqueUserName(tx: Tx, userName: string, exceptId?: string) {
  const taken = await tx.user.findUnique({ where: { username: userName.toLowerCase() }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new ScimError(409, `There is already a user ${userName}.`, "uniqueness");
}

/** Applies SCIM attributes to a user in the caller's transaction: names, identity and active here, the rest through saveUserChanges (audited). */
async function applyAttributes(tx: Tx, userId: string, attributes: UserAttributes) {
  if (attributes.userName !== undefined) await requireUniqueUserName(tx, attributes.userName, userId);
  const identity: Prisma.UserUpdateInput = {
    ...(attributes.userName !== undefined && { username: attributes.userName.toLowerCase() }),
    ...(attributes.externalId !== undefined && { externalId: attributes.externalId }),
  };
  if (Object.keys(identity).length) await tx.user.update({ where: { id: userId }, data: identity });
  await saveUserChanges(tx, SCIM, userId, {
    displayName: attributes.displayName,
    email: attributes.email,
    active: attributes.active,
    homeSiteId: await homeSiteIdOf(tx, attributes.department),
  });
}

/** `POST /scim/v2/Users`: a new person, STAFF until a group grants more; they sign in through the identity provider. */
export async function createScimUser(body: unknown, baseUrl: string) {
  const attributes = userAttributesOf(body);
  const id = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { username: attributes.userName.toLowerCase() },
      select: { id: true, deprovisionedAt: true },
    });
    if (existing && !existing.deprovisionedAt)
      throw new ScimError(409, `There is already a user ${attributes.userName}.`, "uniqueness");
    if (existing) {
      // Provisioned again after a delete: the same person, with their history.
      await tx.user.update({ where: { id: existing.id }, data: { deprovisionedAt: null } });
      await applyAttributes(tx, existing.id, attributes);
      return existing.id;
    }
    const created = await tx.user.create({
      data: {
        username: attributes.userName.toLowerCase(),
        externalId: attributes.externalId,
        displayName: attributes.displayName,
        email: attributes.email,
        active: attributes.active,
        homeSiteId: await homeSiteIdOf(tx, attributes.department),
        roles: ["STAFF"],
        passwordHash: null,
      },
      select: { id: true, username: true, roles: true },
    });
    await recordAuditEvent(tx, {
      type: "user.created",
      actorId: null,
      entityType: "User",
      entityId: created.id,
      payload: { username: created.username, roles: created.roles, homeSite: attributes.department, source: "scim" },
    });
    return created.id;
  });
  return readScimUser(id, baseUrl);
}

async function changeScimUser(id: string, attributes: UserAttributes, baseUrl: string) {
  if (!isUuid(id)) throw notFound();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id, ...provisioned }, select: { id: true } });
    if (!user) throw notFound();
    await applyAttributes(tx, id, attributes);
  });
  return readScimUser(id, baseUrl);
}

/** `PUT /scim/v2/Users/{id}`: every attribute replaced. */
export const replaceScimUser = (id: string, body: unknown, baseUrl: string) =>
  changeScimUser(id, userAttributesOf(body), baseUrl);

/** `PATCH /scim/v2/Users/{id}`: `replace active false` is how a leaver is disabled; their sessions end at once. */
export const patchScimUser = (id: string, body: unknown, baseUrl: string) =>
  changeScimUser(id, userPatchOf(body), baseUrl);

/**
 * `DELETE /scim/v2/Users/{id}`: the person leaves the app's SCIM resources and can no longer sign
 * in; their record stays, because the history (levels, checklists, alarms) names them.
 */
export async function deleteScimUser(id: string) {
  if (!isUuid(id)) throw notFound();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id, ...provisioned }, select: { id: true } });
    if (!user) throw notFound();
    await saveUserChanges(tx, SCIM, id, { active: false });
    await tx.scimGroupMember.deleteMany({ where: { userId: id } });
    await tx.user.update({ where: { id }, data: { deprovisionedAt: new Date() } });
  });
}
