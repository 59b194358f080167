import { requireUser } from "@/lib/auth/session";
import { apiRoute, readJson } from "@/lib/http/api";
import { createWebhook, listWebhooks } from "@/lib/notify/webhooks";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => Response.json(await listWebhooks(await requireUser())));

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  return Response.json(await createWebhook(user, await readJson(request)), { status: 201 });
});
