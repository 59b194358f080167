import "server-only";
import { z } from "zod";
import { roleMapFromEnv, roleNamed } from "@/lib/auth/oidc-config";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { pagingOf, parseEqualityFilter } from "@/lib/scim/filter";
import { parseScim, patchOperationsSchema } from "@/lib/scim/parse";
import { ScimError } from "@/lib/scim/scim-error";
import { GROUP_SCHEMA } from "@/lib/scim/groups-schema";
import { LIST_SCHEMA } from "@/lib/scim/users";
import { saveUserChanges } from "@/lib/users/save-user-changes";

const GROUP_SELECT = {
  id: true,
  displayName: true,
  externalId: true,
  createdAt: true,
  updatedAt: true,
  members: { select: { user: { select: { id: true, displayName: true } } } },
} satisfies Prisma.ScimGroupSelect;

type GroupRow = Prisma.ScimGroupGetPayload<{ select: typeof GROUP_SELECT }>;

export function toScimGroup(group: GroupRow, baseUrl: string, withMembers = true) {
  return {
    schemas: [GROUP_SCHEMA],
    id: group.id,
    ...(group.externalId && { externalId: group.externalId }),
    displayName: group.displayName,
    ...(withMembers && {
      members: group.members.map(({ user }) => ({
        value: user.id,
        display: user.displayName,
        $ref: `${baseUrl}/scim/v2/Users/${user.id}`,
      })),
    }),
    meta: {
      resourceType: "Group",
      created: group.createdAt.toISOString(),
      lastModified: group.updatedAt.toISOString(),
      location: `${baseUrl}/scim/v2/Groups/${group.id}`,
    },
  };
}

const notFound = () => new ScimError(404, "There is no such group.");
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
const memberList = z.array(z.object({ value: z.string() }).loose());

const groupSchema = z.object({
  displayName: z.string().trim().min(1).max(256),
  externalId: z.string().trim().max(254).nullish(),
  members: memberList.nullish(),
});

/** `GET /scim/v2/Groups?filter=displayName eq "…"&excludedAttributes=members`. */
export async function listScimGroups(params: URLSearchParams, baseUrl: string) {
  const filter = parseEqualityFilter(params.get("filter"), ["displayName", "externalId"]);
  const { startIndex, count } = pagingOf(params);
  const where: Prisma.ScimGroupWhereInput = filter ? { [filter.attribute]: filter.value } : {};
  const withMembers = !(params.get("excludedAttributes") ?? "").toLowerCase().includes("members");
  const [groups, total] = await Promise.all([
    db.scimGroup.findMany({
      where,
      orderBy: { createdAt: "asc" },
      skip: startIndex - 1,
      take: count,
      select: GROUP_SELECT,
    }),
    db.scimGroup.count({ where }),
  ]);
  return {
    schemas: [LIST_SCHEMA],
    totalResults: total,
    startIndex,
    itemsPerPage: groups.length,
    Resources: groups.map((group) => toScimGroup(group, baseUrl, withMembers)),
  };
}

export async function readScimGroup(id: string, baseUrl: string, withMembers = true) {
  if (!isUuid(id)) throw notFound();
  const group = await db.scimGroup.findUnique({ where: { id }, select: GROUP_SELECT });
  if (!group) throw notFound();
  return toScimGroup(group, baseUrl, withMembers);
}

/** The roles each of these users holds through their groups now. */
async function groupRolesOf(tx: Tx, userIds: string[]): Promise<Map<string, Set<Role>>> {
  const roleMap = roleMapFromEnv();
  const memberships = await tx.scimGroupMember.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, group: { select: { displayName: true } } },
  });
  const roles = new Map(userIds.map((id) => [id, new Set<Role>()]));
  for (const { userId, group } of memberships) {
    const role = roleNamed(group.displayName, roleMap);
    if (role) roles.get(userId)!.add(role);
  }
  return roles;
}

/**
 * Changes memberships, then gives each affected user the roles their groups now grant and takes
 * away those only a group they left granted; roles given otherwise stay. Audited as SCIM's.
 */
async function withRolesFollowingGroups(tx: Tx, userIds: string[], change: () => Promise<void>) {
  const before = await groupRolesOf(tx, userIds);
  await change();
  const after = await groupRolesOf(tx, userIds);
  const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, roles: true } });
  for (const user of users) {
    const granted = after.get(user.id)!;
    const lost = [...before.get(user.id)!].filter((role) => !granted.has(role));
    const roles = [...new Set([...user.roles.filter((role) => !lost.includes(role)), ...granted])];
    await saveUserChanges(tx, { actorId: null, source: "scim" }, user.id, { roles: roles.length ? roles : ["STAFF"] });
  }
}

async function existingUserIds(tx: Tx, values: string[]): Promise<string[]> {
  const ids = values.filter(isUuid);
  const found = await tx.user.findMany({ where: { id: { in: ids }, deprovisionedAt: null }, select: { id: true } });
  if (found.length !== new Set(values).size)
    throw new ScimError(400, "members: every member must be a user provisioned here.", "invalidValue");
  return found.map((user) => user.id);
}

async function requireUniqueName(tx: Tx, displayName: string, exceptId?: string) {
  const taken = await tx.scimGroup.findUnique({ where: { displayName }, select: { id: true } });
  if (taken && taken.id !== exceptId)
    throw new ScimError(409, `There is already a group ${displayName}.`, "uniqueness");
}

/** `POST /scim/v2/Groups`. */
export async function createScimGroup(body: unknown, baseUrl: string) {
  const group = parseScim(groupSchema, body);
  const id = await db.$transaction(async (tx) => {
    await requireUniqueName(tx, group.displayName);
    const members = await existingUserIds(
      tx,
      (group.members ?? []).map((member) => member.value),
    );
    const created = await tx.scimGroup.create({
      data: { displayName: group.displayName, externalId: group.externalId ?? null },
      select: { id: true },
    });
    await withRolesFollowingGroups(tx, members, async () => {
      await tx.scimGroupMember.createMany({ data: members.map((userId) => ({ groupId: created.id, userId })) });
    });
    return created.id;
  });
  return readScimGroup(id, baseUrl);
}

/** `PUT /scim/v2/Groups/{id}`: name and members replaced. */
export async function replaceScimGroup(id: string, body: unknown, baseUrl: string) {
  const group = parseScim(groupSchema, body);
  await changeGroup(id, async (tx, current) => {
    await requireUniqueName(tx, group.displayName, id);
    const members = await existingUserIds(
      tx,
      (group.members ?? []).map((member) => member.value),
    );
    await withRolesFollowingGroups(tx, [...new Set([...current, ...members])], async () => {
      await tx.scimGroup.update({
        where: { id },
        data: { displayName: group.displayName, externalId: group.externalId ?? null },
      });
      await tx.scimGroupMember.deleteMany({ where: { groupId: id } });
      await tx.scimGroupMember.createMany({ data: members.map((userId) => ({ groupId: id, userId })) });
    });
  });
  return readScimGroup(id, baseUrl);
}

/** `PATCH /scim/v2/Groups/{id}`: members added and removed (Entra's shapes), or the name replaced. */
export async function patchScimGroup(id: string, body: unknown, baseUrl: string) {
  const { Operations } = parseScim(patchOperationsSchema, body);
  await changeGroup(id, async (tx, current) => {
    const add: string[] = [];
    const remove: string[] = [];
    let rename: { displayName?: string; externalId?: string | null } = {};
    for (const { op, path = "", value } of Operations) {
      const filtered = /^members\[value eq "([^"]+)"\]$/i.exec(path);
      if (filtered && op === "remove") remove.push(filtered[1]);
      else if (path.toLowerCase() === "members") {
        const values = value === undefined ? [] : parseScim(memberList, value).map((member) => member.value);
        if (op === "add") add.push(...values);
        else if (op === "remove") remove.push(...(value === undefined ? current : values));
        else {
          remove.push(...current.filter((member) => !values.includes(member)));
          add.push(...values);
        }
      } else if (path.toLowerCase() === "displayname" || path.toLowerCase() === "externalid" || !path) {
        const fields = path ? { [path.toLowerCase() === "displayname" ? "displayName" : "externalId"]: value } : value;
        rename = {
          ...rename,
          ...parseScim(groupSchema.pick({ displayName: true, externalId: true }).partial(), fields),
        };
      } else throw new ScimError(400, `${path} is not an attribute of a group here.`, "invalidPath");
    }
    if (rename.displayName) await requireUniqueName(tx, rename.displayName, id);
    const added = await existingUserIds(tx, [...new Set(add)]);
    const affected = [...new Set([...added, ...remove.filter(isUuid)])];
    await withRolesFollowingGroups(tx, affected, async () => {
      if (Object.keys(rename).length) await tx.scimGroup.update({ where: { id }, data: rename });
      await tx.scimGroupMember.deleteMany({ where: { groupId: id, userId: { in: remove.filter(isUuid) } } });
      await tx.scimGroupMember.createMany({
        data: added.map((userId) => ({ groupId: id, userId })),
        skipDuplicates: true,
      });
    });
    // A renamed group may now map to another role: every member's roles follow it.
    if (rename.displayName) await withRolesFollowingGroups(tx, current, async () => {});
  });
  return readScimGroup(id, baseUrl);
}

/** `DELETE /scim/v2/Groups/{id}`: its members lose the role only it gave them. */
export async function deleteScimGroup(id: string) {
  await changeGroup(id, (tx, current) =>
    withRolesFollowingGroups(tx, current, async () => {
      await tx.scimGroup.delete({ where: { id } });
    }),
  );
}

async function changeGroup(id: string, change: (tx: Tx, currentMembers: string[]) => Promise<void>) {
  if (!isUuid(id)) throw notFound();
  await db.$transaction(async (tx) => {
    const group = await tx.scimGroup.findUnique({ where: { id }, select: { members: { select: { userId: true } } } });
    if (!group) throw notFound();
    await change(
      tx,
      group.members.map((member) => member.userId),
    );
  });
}
