import "server-only";
import { z } from "zod";
import { lockedUsernames, usernameKey } from "@/lib/auth/login-throttle";
import { ALL_ROLES } from "@/lib/auth/permissions";
import { requirePermission, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseSort, type Query, type Sort } from "@/lib/sorting";
import { pageNumber } from "@/lib/validation";

export const USERS_PAGE_SIZE = 50;
export const USER_SORT_KEYS = ["username", "name", "site", "status"] as const;
export type UserSortKey = (typeof USER_SORT_KEYS)[number];
export const USER_STATUSES = ["active", "deactivated"] as const;

// Filters come from the address: one edited by hand shows everyone rather than an error.
export const userFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ALL_ROLES).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: pageNumber.catch(1).default(1),
});

const ORDER: Record<UserSortKey, (direction: "asc" | "desc") => Prisma.UserOrderByWithRelationInput[]> = {
  username: (direction) => [{ username: direction }],
  name: (direction) => [{ displayName: direction }, { username: "asc" }],
  site: (direction) => [{ homeSite: { code: direction } }, { username: "asc" }],
  status: (direction) => [{ active: direction === "asc" ? "desc" : "asc" }, { username: "asc" }],
};

export function userSortOf(query: Query): Sort<UserSortKey> {
  return parseSort(query, USER_SORT_KEYS, { key: "username", direction: "asc" });
}

/** The force's users, filtered, sorted and paged in the database; locked-out accounts marked. */
export async function listUsers(user: CurrentUser, query: Query = {}) {
  requirePermission(user, "user.manage");
  const first = (name: string) => [query[name]].flat()[0] || undefined;
  const filter = userFilterSchema.parse({
    q: first("q"),
    role: first("role"),
    status: first("status"),
    page: first("page"),
  });
  const sort = userSortOf(query);
  const where: Prisma.UserWhereInput = {
    ...(filter.q && {
      OR: [
        { username: { contains: filter.q, mode: "insensitive" } },
        { displayName: { contains: filter.q, mode: "insensitive" } },
      ],
    }),
    ...(filter.role && { roles: { has: filter.role } }),
    ...(filter.status && { active: filter.status === "active" }),
  };
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: ORDER[sort.key](sort.direction),
      skip: (filter.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        username: true,
        displayName: true,
        roles: true,
        active: true,
        homeSite: { select: { code: true, name: true } },
        leadSites: { select: { site: { select: { code: true } } }, orderBy: { site: { code: "asc" } } },
        lastSignInAt: true,
        lastSignInMethod: true,
        externalId: true,
        passwordHash: true,
      },
    }),
    db.user.count({ where }),
  ]);
  const locked = await lockedUsernames(users.map((row) => row.username));
  return {
    items: users.map(({ passwordHash, externalId, leadSites, ...row }) => ({
      ...row,
      leadSites: leadSites.map((lead) => lead.site.code),
      signsInWith: signInMethods(passwordHash !== null, externalId !== null),
      isLockedOut: locked.has(usernameKey(row.username)),
    })),
    page: filter.page,
    pageSize: USERS_PAGE_SIZE,
    total,
    filter,
    sort,
  };
}

/** How a user can sign in: a password here, the identity provider, or both (a break-glass account). */
function signInMethods(hasPassword: boolean, isLinked: boolean): ("password" | "identity provider")[] {
  return [...(hasPassword ? (["password"] as const) : []), ...(isLinked ? (["identity provider"] as const) : [])];
}
