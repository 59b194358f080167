import { asPersonOrSystem } from "@/lib/api-tokens/bearer";
import { apiRoute } from "@/lib/http/api";
import { readPosture, readPostureForSystem } from "@/lib/levels/read-posture";

export const dynamic = "force-dynamic";

/** A person's view of the posture, or with an API token (posture:read) every open site's level. */
export const GET = apiRoute(async (request) =>
  Response.json(await asPersonOrSystem(request, "posture:read", readPosture, () => readPostureForSystem())),
);
