import { redirect } from "next/navigation";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { checklistLanding } from "@/lib/levels/access";

/** The navigation's "Checklist": a site lead's own site, a commander's overview. */
export default async function ChecklistPage() {
  const user = await requirePageUser();
  redirect(await readForPage(async () => checklistLanding(user)));
}
