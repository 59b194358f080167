import Link from "next/link";
import { secondaryButtonClass } from "@/components/form-controls";
import { DateTimeField, SelectField, TextField } from "@/components/form-field";
import { AUDIT_EVENT_TYPES, EVENT_TYPE_LABEL } from "@/lib/audit/describe-audit-event";
import { RECORD_LABEL } from "@/lib/audit/audit-filter";
import type { FieldErrors } from "@/lib/errors";

type Query = Record<string, string | undefined>;

const dayBoxes = (query: Query, name: string) => ({
  day: query[`${name}-day`],
  month: query[`${name}-month`],
  year: query[`${name}-year`],
});

/** The audit log's filters, in the address (GET) so a filtered view can be bookmarked and exported. */
export function AuditFilterForm({ query, errors }: { query: Query; errors?: FieldErrors }) {
  const error = (name: string) => errors?.[name]?.[0];
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-3" aria-label="Filter the audit log">
      <SelectField
        id="filter-type"
        name="type"
        label="Event"
        defaultValue={query.type ?? ""}
        error={error("type")}
        options={[
          { value: "", label: "All events" },
          ...AUDIT_EVENT_TYPES.map((type) => ({ value: type, label: EVENT_TYPE_LABEL[type] })),
        ]}
      />
      <TextField
        id="filter-who"
        name="who"
        label="Who"
        hint="Part of a name or username, or System"
        defaultValue={query.who ?? ""}
        error={error("who")}
      />
      <SelectField
        id="filter-entity"
        name="entity"
        label="Record"
        defaultValue={query.entity ?? ""}
        error={error("entity")}
        options={[
          { value: "", label: "All records" },
          ...Object.entries(RECORD_LABEL).map(([value, label]) => ({ value, label })),
        ]}
      />
      <DateTimeField
        id="filter-from"
        name="from"
        label="From"
        withTime={false}
        defaultValue={dayBoxes(query, "from")}
        error={error("from")}
      />
      <DateTimeField
        id="filter-to"
        name="to"
        label="To"
        withTime={false}
        defaultValue={dayBoxes(query, "to")}
        error={error("to")}
      />
      <div className="flex flex-wrap items-end gap-4">
        <button type="submit" className={secondaryButtonClass}>
          Filter
        </button>
        <Link href="/admin/audit" className="py-2 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
