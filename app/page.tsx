import { redirect } from "next/navigation";
import { landingPathFor } from "@/lib/auth/landing";
import { requirePageUser } from "@/lib/auth/page-guard";

/** The app's address leads each person to where their work is. */
export default async function LandingPage() {
  redirect(landingPathFor(await requirePageUser()));
}
