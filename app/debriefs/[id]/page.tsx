import type { Metadata } from "next";
import Link from "next/link";
import { DebriefForm } from "@/app/debriefs/[id]/debrief-form";
import { Section } from "@/components/section";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { formatDateTime, pounds } from "@/lib/format";
import { readDebrief } from "@/lib/levels/debriefs";

export const metadata: Metadata = { title: "Stand-down debrief" };

const hours = (value: number | null) => (value === null ? "none implemented" : `${value.toFixed(1)} hours`);

export default async function DebriefPage({ params }: PageProps<"/debriefs/[id]">) {
  const user = await requirePageUser();
  const { id } = await params;
  const debrief = await readForPage(() => readDebrief(user, id));
  const { figures, site, activation } = debrief;
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p>
          <Link href="/debriefs" className="underline">
            All debriefs
          </Link>
        </p>
        <h1 className="text-2xl font-bold">
          Debrief: {site.code} {site.name} at {activation.level}
        </h1>
        <p>
          At {activation.level} from {formatDateTime(activation.openedAt)} until{" "}
          {activation.closedAt ? formatDateTime(activation.closedAt) : "now"}.{" "}
          {debrief.submittedAt
            ? `Submitted by ${debrief.submittedBy} at ${formatDateTime(debrief.submittedAt)}.`
            : "Not yet submitted."}
        </p>
      </div>
      <Section id="figures-title" title="Measured from the checklist">
        <dl className="grid max-w-2xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="debrief-figures">
          <dt className="font-semibold">Days at level</dt>
          <dd>{figures.daysAtLevel.toFixed(1)}</dd>
          <dt className="font-semibold">Items implemented</dt>
          <dd>{figures.implemented}</dd>
          <dt className="font-semibold">Average time to implement</dt>
          <dd>{hours(figures.averageHoursToImplement)}</dd>
          <dt className="font-semibold">Longest time to implement</dt>
          <dd>{hours(figures.longestHoursToImplement)}</dd>
          <dt className="font-semibold">Estimated officer-hours</dt>
          <dd>{figures.officerHours.toFixed(1)}</dd>
          <dt className="font-semibold">Estimated cost</dt>
          <dd>{pounds(figures.cost)}</dd>
        </dl>
      </Section>
      <Section id="findings-title" title="Findings">
        {debrief.mayWrite ? (
          <DebriefForm debrief={debrief} />
        ) : (
          <dl className="max-w-2xl space-y-2">
            <dt className="font-semibold">What worked</dt>
            <dd className="whitespace-pre-line">{debrief.whatWorked ?? "Not yet written."}</dd>
            <dt className="font-semibold">What did not work</dt>
            <dd className="whitespace-pre-line">{debrief.whatDidNot ?? "Not yet written."}</dd>
          </dl>
        )}
      </Section>
    </div>
  );
}
