import { isDatabaseUp } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  if (await isDatabaseUp()) return Response.json({ status: "ok", db: "ok" });
  return Response.json({ status: "error", db: "down" }, { status: 503 });
}
