import { secondaryButtonClass } from "@/components/form-controls";
import { SelectField, type Option } from "@/components/form-field";

export type Filter = { name: string; label: string; value: string; allLabel: string; options: Option[] };

/** Filters a list through the address (GET), so a filtered view can be bookmarked and shared. */
export function FilterForm({ filters, children }: { filters: Filter[]; children?: React.ReactNode }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {filters.map((filter) => (
        <SelectField
          key={filter.name}
          id={`filter-${filter.name}`}
          name={filter.name}
          label={filter.label}
          defaultValue={filter.value}
          options={[{ value: "", label: filter.allLabel }, ...filter.options]}
        />
      ))}
      <button type="submit" className={secondaryButtonClass}>
        Filter
      </button>
      {children}
    </form>
  );
}
