import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { sortHref, type Query, type Sort } from "@/lib/sorting";

// Tables reflow to stacked rows on a phone (globals.css, `table.reflow`): each cell then shows its
// column's name, which the table hands down from its header to its rows and their cells. The
// explicit roles keep the table's meaning for screen readers once the layout is no longer a table.

const tableClass = "reflow w-full border-collapse bg-white text-left text-sm";
const rowClass = "border-b border-gray-200";

type Labelled = { label?: string };

/** Gives each element child, in order, the label of its column. */
function labelChildren(children: ReactNode, labelOf: (index: number) => string | undefined): ReactNode {
  let index = 0;
  return Children.map(children, (child) =>
    isValidElement(child) ? cloneElement(child as ReactElement<Labelled>, { label: labelOf(index++) }) : child,
  );
}

/**
 * How a table's columns sort, through the address: `keys[i]` is the sort key of column i (null:
 * not sortable); `pageParam` is reset to the first page; `prefix` names this table's parameters.
 */
export type Sorting = { keys: (string | null)[]; current: Sort; query: Query; pageParam: string; prefix?: string };

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

function TableHead({ columns, sorting }: { columns: ReactNode[]; sorting?: Sorting }) {
  return (
    <thead role="rowgroup">
      <tr role="row" className="border-b-2 border-gray-400">
        {columns.map((column, index) => {
          const key = sorting?.keys[index];
          const sorted = key && sorting.current.key === key ? sorting.current.direction : undefined;
          return (
            <th
              key={index}
              role="columnheader"
              scope="col"
              className="p-2"
              aria-sort={key ? (sorted ? ARIA_SORT[sorted] : "none") : undefined}
            >
              {key ? (
                <a
                  href={sortHref(sorting.query, sorting.current, key, sorting.pageParam, sorting.prefix)}
                  className="underline"
                >
                  {column}
                  <span aria-hidden="true" className="ml-1 no-underline">
                    {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "⇅"}
                  </span>
                </a>
              ) : (
                column
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

type CellProps = { className?: string; label?: string; children?: ReactNode };

/** A data cell with the table's padding. */
export function Cell({ className, label, children }: CellProps) {
  return (
    <td role="cell" data-label={label} className={className ? `p-2 ${className}` : "p-2"}>
      {children}
    </td>
  );
}

/** The cell that names its row, for screen readers. */
export function RowHeader({ className, label, children }: CellProps) {
  return (
    <th role="rowheader" scope="row" data-label={label} className={className ? `p-2 ${className}` : "p-2"}>
      {children}
    </th>
  );
}

/** A data table: a screen-reader caption if the heading above does not name it, the header row, the rows. */
export function DataTable({
  columns,
  caption,
  testId,
  sorting,
  children,
}: {
  columns: ReactNode[];
  caption?: ReactNode;
  testId?: string;
  sorting?: Sorting;
  children: ReactNode;
}) {
  const labels = columns.map((column) => (typeof column === "string" ? column : undefined));
  return (
    <table role="table" className={tableClass} data-testid={testId}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <TableHead columns={columns} sorting={sorting} />
      <tbody role="rowgroup">
        {Children.map(children, (row) =>
          isValidElement(row)
            ? cloneElement(row as ReactElement<{ labels?: (string | undefined)[] }>, { labels })
            : row,
        )}
      </tbody>
    </table>
  );
}

/** A body row; `align-top` when its cells hold paragraphs. */
export function Row({
  top,
  testId,
  labels = [],
  children,
}: {
  top?: boolean;
  testId?: string;
  labels?: (string | undefined)[];
  children: ReactNode;
}) {
  return (
    <tr role="row" className={top ? `${rowClass} align-top` : rowClass} data-testid={testId}>
      {labelChildren(children, (index) => labels[index])}
    </tr>
  );
}
