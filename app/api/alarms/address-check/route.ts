import { checkAddress } from "@/lib/alarms/address-check";
import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** `GET /api/alarms/address-check?postcode=&addressLine1=`: whether a live alarm already protects the address. */
export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const query = new URL(request.url).searchParams;
  return Response.json(
    await checkAddress(user, { postcode: query.get("postcode") ?? "", addressLine1: query.get("addressLine1") ?? "" }),
  );
});
