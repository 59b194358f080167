import type { Metadata } from "next";
import Link from "next/link";
import { SiteForm } from "@/app/admin/sites/site-form";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { formatDateTime, optionsOf } from "@/lib/format";
import { CloseSiteForm } from "@/app/admin/sites/close-site-form";
import { Section } from "@/components/section";
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
      {site.closedAt && (
        <p role="status" className="border-l-4 border-gray-700 bg-gray-100 p-2 font-semibold" data-testid="site-closed">
          Closed on {formatDateTime(site.closedAt)}: it keeps its history and has left the live posture.
        </p>
      )}
      <SiteForm site={site} types={optionsOf(SITE_TYPE_LABEL)} />
      {!site.closedAt && (
        <Section id="close-title" title="Close the site">
          <CloseSiteForm siteId={site.id} code={site.code} />
        </Section>
      )}
    </section>
  );
}
