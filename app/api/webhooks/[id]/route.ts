import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { deleteWebhook } from "@/lib/notify/webhooks";

export const DELETE = apiRoute<RouteContext<"/api/webhooks/[id]">>(async (_request, { params }) => {
  await deleteWebhook(await requireUser(), (await params).id);
  return new Response(null, { status: 204 });
});
