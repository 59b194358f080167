import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";
import { openApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of every JSON route, for signed-in people and their tools. */
export const GET = apiRoute(async (request) => {
  await requireUser();
  return Response.json(openApiDocument(process.env.NEXTAUTH_URL ?? new URL(request.url).origin));
});
