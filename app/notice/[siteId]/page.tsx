import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LEVEL_STYLE, LevelBadge } from "@/components/level-badge";
import { PrintButton } from "@/components/print-button";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { formatDate, formatDateTime } from "@/lib/format";
import { readStaffPosture } from "@/lib/levels/read-staff-posture";

export const metadata: Metadata = { title: "Posture notice" };

/** An A4 notice for a site's entrances: level, date and staff-visible measures only. */
export default async function NoticePage({ params }: PageProps<"/notice/[siteId]">) {
  const user = await requirePageUser("posture.view");
  const { siteId } = await params;
  const { site } = await readForPage(() => readStaffPosture(user, siteId));
  if (!site) notFound();
  return (
    <article className="notice mx-auto max-w-[210mm] space-y-6 bg-white p-8 print:space-y-4 print:p-0">
      <p className="print:hidden">
        <PrintButton />
      </p>
      <header className="space-y-2 border-b-4 border-black pb-4">
        <p className="text-lg">
          {site.name} ({site.code})
        </p>
        <h1 className="text-4xl font-bold">Security response level</h1>
      </header>
      <p>
        <LevelBadge level={site.level} large />
      </p>
      <p className="text-2xl font-semibold">{LEVEL_STYLE[site.level].meaning}</p>
      <p>
        In force since {formatDateTime(site.since)}. Notice printed {formatDate(new Date())}.
      </p>
      {site.measures.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-2xl font-bold">Staff must</h2>
          {/* Two columns on paper: EXCEPTIONAL's measures still fit one A4 sheet. */}
          <ul className="list-disc space-y-2 pl-6 text-lg print:columns-2 print:gap-8 print:space-y-1 print:text-base">
            {site.measures.map((measure) => (
              <li key={measure.id}>{measure.title}</li>
            ))}
          </ul>
        </section>
      )}
      <footer className="border-t-2 border-black pt-2 text-sm">
        Report anything suspicious to the front desk at once. In an emergency dial 999.
      </footer>
    </article>
  );
}
