import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { createSite, listSitesForAdmin } from "@/lib/sites/manage-sites";

export const dynamic = "force-dynamic";

/** Every site, a page at a time: `?q=&page=`. */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const params = new URL(request.url).searchParams;
  return Response.json(
    await listSitesForAdmin(user, { q: params.get("q") ?? undefined, page: params.get("page") ?? undefined }),
  );
});

/** `{code, name, type, district, address}`: the site joins the force level with its checklist. */
export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(await createSite(user, await readJson(request)), { status: 201 });
});
