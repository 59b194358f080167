import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { createLocalUser } from "@/lib/users/manage-users";
import { listUsers } from "@/lib/users/list-users";

export const dynamic = "force-dynamic";

/** The force's users, a page at a time: `?q=&role=&status=active|deactivated&sort=&page=`. */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { items, page, pageSize, total } = await listUsers(user, query);
  return Response.json({ items, page, pageSize, total });
});

/** `{username, displayName, email?, roles, homeSiteId?, leadSiteIds?, password?}`: 201 with the first password if one was made up. */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(await createLocalUser(user, await readJson(request)), { status: 201 });
});
