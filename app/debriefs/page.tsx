import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filter-form";
import { Pager } from "@/components/pager";
import { Cell, DataTable, Row, RowHeader } from "@/components/table";
import { Tag } from "@/components/tag";
import { readForPage, requirePageUser } from "@/lib/auth/page-guard";
import { formatDateTime } from "@/lib/format";
import { listDebriefs } from "@/lib/levels/debriefs";

export const metadata: Metadata = { title: "Stand-down debriefs" };

const STATUS_OPTIONS = [
  { value: "open", label: "To write" },
  { value: "submitted", label: "Submitted" },
];

/** Debriefs opened by stand-downs: a site lead's own site, a commander's every site. */
export default async function DebriefsPage({ searchParams }: PageProps<"/debriefs">) {
  const user = await requirePageUser();
  const query = await searchParams;
  const first = (name: string) => [query[name]].flat()[0];
  const list = await readForPage(() => listDebriefs(user, { status: first("status"), page: first("page") }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Stand-down debriefs</h1>
      <p className="max-w-3xl">
        Lowering a level closes the site&apos;s checklist and opens a debrief: what worked, what did not, and why
        options were not implemented. The figures come from the checklist; the findings feed the policy&apos;s
        two-yearly review.
      </p>
      <FilterForm
        filters={[
          {
            name: "status",
            label: "Show",
            value: list.status === "all" ? "" : list.status,
            allLabel: "All debriefs",
            options: STATUS_OPTIONS,
          },
        ]}
      />
      {list.total === 0 ? (
        <p>No debriefs here.</p>
      ) : (
        <DataTable columns={["Site", "Level", "Stood down", "Debrief"]} caption="Stand-down debriefs" testId="debriefs">
          {list.items.map((debrief) => (
            <Row key={debrief.id}>
              <RowHeader>
                <Link href={`/debriefs/${debrief.id}`} className="underline">
                  {debrief.site.code} {debrief.site.name}
                </Link>
              </RowHeader>
              <Cell>{debrief.activation.level}</Cell>
              <Cell>{formatDateTime(debrief.openedAt)}</Cell>
              <Cell>
                {debrief.submittedAt ? <Tag colour="green">Submitted</Tag> : <Tag colour="orange">To write</Tag>}
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
      <Pager label="Debriefs" param="page" page={list} query={query} />
    </div>
  );
}
