import { scimJson } from "@/lib/scim/scim-error";
import { baseUrlOf, readScimBody, scimRoute } from "@/lib/scim/scim-route";
import { deleteScimUser, patchScimUser, readScimUser, replaceScimUser } from "@/lib/scim/users";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/scim/v2/Users/[id]">;

export const GET = scimRoute<Context>(async (request, { params }) =>
  scimJson(await readScimUser((await params).id, baseUrlOf(request))),
);

export const PUT = scimRoute<Context>(async (request, { params }) =>
  scimJson(await replaceScimUser((await params).id, await readScimBody(request), baseUrlOf(request))),
);

export const PATCH = scimRoute<Context>(async (request, { params }) =>
  scimJson(await patchScimUser((await params).id, await readScimBody(request), baseUrlOf(request))),
);

export const DELETE = scimRoute<Context>(async (_request, { params }) => {
  await deleteScimUser((await params).id);
  return new Response(null, { status: 204 });
});
