import { posturePage } from "@/app/posture/posture-page";
import { acknowledgePosture } from "@/lib/levels/acknowledge-posture";
import { plainFormFields, plainPageUser } from "@/lib/plain-page/plain-page-user";
import { type AppError, toAppError } from "@/lib/errors";
import { isSameOriginRequest } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";

/** Every member of staff's page: their site's level and what it asks of them, live. */
export async function GET(request: Request) {
  const user = await plainPageUser("posture.view");
  return user instanceof Response ? user : posturePage(request, user);
}

/** "I have read this", posted by the page's plain form: back to the page, or the page with the reason. */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request)) {
    return new Response("This request came from another site and was refused.", { status: 403 });
  }
  const user = await plainPageUser("posture.view");
  if (user instanceof Response) return user;
  try {
    const form = await plainFormFields(request);
    await acknowledgePosture(user, { siteId: form.get("siteId"), postureVersion: form.get("postureVersion") });
    return new Response(null, { status: 303, headers: { Location: "/posture", "Cache-Control": "no-store" } });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "UNSUPPORTED_MEDIA_TYPE" || appError.code === "PAYLOAD_TOO_LARGE") {
      return new Response(appError.message, { status: appError.status });
    }
    return posturePage(request, user, { error: describe(appError), status: appError.status });
  }
}

/** The reason, with the fields a hand-made request got wrong named. */
function describe(error: AppError): string {
  const fields = Object.entries(error.fields ?? {}).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
  return [error.message, ...fields].join(" ");
}
