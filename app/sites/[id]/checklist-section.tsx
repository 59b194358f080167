import { BULK_FORM_ID, BulkDecisionForm } from "@/app/sites/[id]/bulk-decision-form";
import { AssigneesProvider, ItemDecision } from "@/app/sites/[id]/item-decision";
import { FilterForm } from "@/components/filter-form";
import { Section } from "@/components/section";
import { ChecklistStatusTag, Tag } from "@/components/tag";
import { dateInputValues } from "@/lib/date-input";
import { formatDateTime } from "@/lib/format";
import { CADENCE_LABEL, isRecurring } from "@/lib/levels/cadence";
import { CHECKLIST_VIEW_LABEL, CHECKLIST_VIEWS, type ChecklistFilter } from "@/lib/levels/checklist-filter";
import type { readSiteChecklist } from "@/lib/levels/read-site-checklist";

type Checklist = Awaited<ReturnType<typeof readSiteChecklist>>;

/** A site's open checklist: progress, filters, bulk decisions and each item with its decision form. */
export function ChecklistSection({ checklist, filter }: { checklist: Checklist; filter: ChecklistFilter }) {
  const { site, activation, progress, counts, categories, items, assignees, mayWork } = checklist;
  if (!activation) {
    return (
      <Section id="checklist-title" title="Checklist">
        <p>No checklist is open: no Menu of Options with a baseline has been published yet.</p>
      </Section>
    );
  }
  const filtered = Boolean(filter.show || filter.category);
  return (
    <AssigneesProvider assignees={mayWork ? assignees : []}>
      <Section
        id="checklist-title"
        title={activation.level === "NORMAL" ? "Checklist: the NORMAL baseline" : "Checklist"}
        className="space-y-4"
      >
        {activation.level === "NORMAL" && (
          <p>
            The routine measures every site keeps at NORMAL, confirmed on their cadence. Raising the level adds to them.
          </p>
        )}
        <p data-testid="checklist-progress">
          {progress.considered} of {progress.total} options considered
          {progress.overdue > 0 && <strong className="text-red-800"> · {progress.overdue} overdue</strong>}. Opened{" "}
          {formatDateTime(activation.openedAt)} at {activation.level} from {activation.policy.reference} version{" "}
          {activation.policy.version}.{" "}
          <a className="underline" href={`/api/sites/${site.id}/checklist/export`}>
            Download (CSV)
          </a>
        </p>
        <progress
          max={progress.total}
          value={progress.considered}
          className="w-full max-w-md"
          aria-label="Checklist progress"
        />
        <FilterForm
          filters={[
            {
              name: "show",
              label: "Show",
              value: filter.show ?? "",
              allLabel: "All items",
              options: CHECKLIST_VIEWS.map((view) => ({ value: view, label: CHECKLIST_VIEW_LABEL[view] })),
            },
            {
              name: "category",
              label: "Category",
              value: filter.category ?? "",
              allLabel: "All categories",
              options: counts.map(({ category }) => ({ value: category, label: category })),
            },
          ]}
        >
          {filtered && (
            <a href={`/sites/${site.id}`} className="py-2 underline">
              Show every item
            </a>
          )}
        </FilterForm>
        <p role="status" data-testid="checklist-shown">
          Showing {items.length} of {progress.total} items
          {filtered && " that match the filter"}.
        </p>
        {mayWork && items.length > 0 && <BulkDecisionForm siteId={site.id} shown={items.length} />}
        {categories.map(([category, categoryItems]) => {
          const count = counts.find((candidate) => candidate.category === category);
          return (
            <section key={category} aria-labelledby={`cat-${category}`} className="space-y-2">
              <h3 id={`cat-${category}`} className="text-lg font-semibold">
                {category} ({count?.considered ?? 0} of {count?.total ?? categoryItems.length} considered)
              </h3>
              <ul className="space-y-3">
                {categoryItems.map((item) => (
                  <li
                    key={item.id}
                    className="rounded border border-gray-300 bg-white p-3"
                    data-testid={`item-${item.option.code}`}
                  >
                    <div className="flex flex-wrap items-start gap-3">
                      {mayWork && (
                        <input
                          type="checkbox"
                          form={BULK_FORM_ID}
                          name="item"
                          value={`${item.id}:${item.version}`}
                          aria-label={`Select ${item.option.code}`}
                          className="mt-1 size-5"
                        />
                      )}
                      <p className="flex-1 font-semibold">
                        {item.option.code} {item.option.title}{" "}
                        {item.option.visibility === "RESTRICTED" && <Tag colour="grey">Restricted</Tag>}
                        {item.option.visibility === "SITE_LEADS" && <Tag colour="grey">Site leads</Tag>}
                        {isRecurring(item.option.cadence) && (
                          <Tag colour="blue">{CADENCE_LABEL[item.option.cadence]}</Tag>
                        )}
                      </p>
                      <ChecklistStatusTag status={item.status} overdue={item.isOverdue} />
                    </div>
                    <p className="text-sm">{item.option.guidance}</p>
                    {item.rationale && (
                      <p className="mt-1 border-l-4 border-gray-400 pl-2 text-sm" data-testid="item-rationale">
                        <span className="font-semibold">Rationale:</span> {item.rationale}
                      </p>
                    )}
                    <p className="text-sm text-gray-700">
                      {isRecurring(item.option.cadence) && item.status === "IMPLEMENTED" ? "Confirm again by" : "Due"}{" "}
                      {formatDateTime(item.dueAt)}
                      {item.assignee && ` · assigned to ${item.assignee.displayName}`}
                      {item.updatedBy &&
                        ` · changed by ${item.updatedBy.displayName} ${formatDateTime(item.updatedAt)}`}
                    </p>
                    {mayWork && (
                      <ItemDecision
                        itemId={item.id}
                        version={item.version}
                        code={item.option.code}
                        status={item.status}
                        rationale={item.rationale}
                        assigneeId={item.assigneeId}
                        dueAt={dateInputValues(item.dueAt)}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </Section>
    </AssigneesProvider>
  );
}
