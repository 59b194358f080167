import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { readSiteChecklistForApi } from "@/lib/levels/read-site-checklist";
import { idParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const GET = apiRoute<RouteContext<"/api/sites/[id]/checklist">>(async (_request, { params }) =>
  Response.json(await readSiteChecklistForApi(await requireUser(), idParam((await params).id))),
);
