import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { listSubscriptions, subscribe } from "@/lib/notify/subscriptions";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => Response.json(await listSubscriptions(await requireUser())));

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { created, siteId } = await subscribe(user, await readJson(request));
  return Response.json({ siteId }, { status: created ? 201 : 200 });
});
