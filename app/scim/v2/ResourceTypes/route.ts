import { resourceTypes } from "@/lib/scim/discovery";
import { scimJson } from "@/lib/scim/scim-error";
import { baseUrlOf, scimRoute } from "@/lib/scim/scim-route";

export const dynamic = "force-dynamic";

export const GET = scimRoute(async (request) => scimJson(resourceTypes(baseUrlOf(request))));
