import { forbidden, redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

/** The navigation's "Checklist": a site lead's own site, a commander's overview. */
export default async function ChecklistPage() {
  const user = await requirePageUser();
  if (can(user.roles, "checklist.view.all")) redirect("/levels");
  if (can(user.roles, "checklist.view.own") && user.homeSiteId) redirect(`/sites/${user.homeSiteId}`);
  forbidden();
}
