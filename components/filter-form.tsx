import { secondaryButtonClass } from "@/components/form-controls";
import { SelectField, TextField, type Option } from "@/components/form-field";

export type Filter = { name: string; label: string; value: string; allLabel: string; options: Option[] };
export type Search = { name: string; label: string; value: string };

/** Filters a list through the address (GET), so a filtered view can be bookmarked and shared. */
export function FilterForm({
  filters,
  search,
  children,
}: {
  filters: Filter[];
  search?: Search;
  children?: React.ReactNode;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {search && (
        <div className="w-full max-w-xs">
          <TextField id={`filter-${search.name}`} name={search.name} label={search.label} defaultValue={search.value} />
        </div>
      )}
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
