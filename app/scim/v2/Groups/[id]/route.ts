import { deleteScimGroup, patchScimGroup, readScimGroup, replaceScimGroup } from "@/lib/scim/groups";
import { scimJson } from "@/lib/scim/scim-error";
import { baseUrlOf, readScimBody, scimRoute } from "@/lib/scim/scim-route";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/scim/v2/Groups/[id]">;

export const GET = scimRoute<Context>(async (request, { params }) => {
  const excluded = (new URL(request.url).searchParams.get("excludedAttributes") ?? "").toLowerCase();
  return scimJson(await readScimGroup((await params).id, baseUrlOf(request), !excluded.includes("members")));
});

export const PUT = scimRoute<Context>(async (request, { params }) =>
  scimJson(await replaceScimGroup((await params).id, await readScimBody(request), baseUrlOf(request))),
);

export const PATCH = scimRoute<Context>(async (request, { params }) => {
  await patchScimGroup((await params).id, await readScimBody(request), baseUrlOf(request));
  return new Response(null, { status: 204 });
});

export const DELETE = scimRoute<Context>(async (_request, { params }) => {
  await deleteScimGroup((await params).id);
  return new Response(null, { status: 204 });
});
