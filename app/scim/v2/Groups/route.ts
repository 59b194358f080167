import { createScimGroup, listScimGroups } from "@/lib/scim/groups";
import { scimJson } from "@/lib/scim/scim-error";
import { baseUrlOf, readScimBody, scimRoute } from "@/lib/scim/scim-route";

export const dynamic = "force-dynamic";

export const GET = scimRoute(async (request) =>
  scimJson(await listScimGroups(new URL(request.url).searchParams, baseUrlOf(request))),
);

export const POST = scimRoute(async (request) => {
  const group = await createScimGroup(await readScimBody(request), baseUrlOf(request));
  return scimJson(group, 201, { Location: group.meta.location });
});
