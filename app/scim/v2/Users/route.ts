import { scimJson } from "@/lib/scim/scim-error";
import { baseUrlOf, readScimBody, scimRoute } from "@/lib/scim/scim-route";
import { createScimUser, listScimUsers } from "@/lib/scim/users";

export const dynamic = "force-dynamic";

export const GET = scimRoute(async (request) =>
  scimJson(await listScimUsers(new URL(request.url).searchParams, baseUrlOf(request))),
);

export const POST = scimRoute(async (request) => {
  const user = await createScimUser(await readScimBody(request), baseUrlOf(request));
  return scimJson(user, 201, { Location: user.meta.location });
});
