import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { unsubscribe } from "@/lib/notify/subscriptions";

export const DELETE = apiRoute<RouteContext<"/api/subscriptions/[siteId]">>(async (_request, { params }) => {
  await unsubscribe(await requireUser(), (await params).siteId);
  return new Response(null, { status: 204 });
});
