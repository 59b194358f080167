import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { readPosture } from "@/lib/levels/read-posture";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => Response.json(await readPosture(await requireUser())));
