import { listStocktakes, startStocktake } from "@/lib/alarms/unit-custody";
import { requireUser } from "@/lib/auth/session";
import { apiRoute } from "@/lib/http/api";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return Response.json({ items: await listStocktakes(user) });
});

export const POST = apiRoute(async () => {
  const user = await requireUser();
  return Response.json(await startStocktake(user), { status: 201 });
});
