import type { Metadata } from "next";
import Link from "next/link";
import { SiteForm } from "@/app/admin/sites/site-form";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { optionsOf } from "@/lib/format";
import { readSiteForAdmin, SITE_TYPE_LABEL } from "@/lib/sites/manage-sites";

export const metadata: Metadata = { title: "Edit a site" };

export default async function AdminSitePage({ params }: PageProps<"/admin/sites/[id]">) {
  const user = await requirePageUser("site.manage");
  const site = await readForPage(async () => readSiteForAdmin(user, (await params).id));
  return (
    <section aria-labelledby="site-title" className="space-y-4">
      <p>
        <Link href="/admin/sites" className="underline">
          All sites
        </Link>
      </p>
      <h1 id="site-title" className="text-2xl font-bold">
        {site.code} {site.name}
      </h1>
      <SiteForm site={site} types={optionsOf(SITE_TYPE_LABEL)} />
    </section>
  );
}
