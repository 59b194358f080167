import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { readAcknowledgementCoverage } from "@/lib/levels/read-coverage";

export const dynamic = "force-dynamic";

/** Coverage per site: COMMANDERs every site, SITE_LEADs their own; who is outstanding is need-to-know. */
export const GET = apiRoute(async () => Response.json(await readAcknowledgementCoverage(await requireUser())));
