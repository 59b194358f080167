export const tableClass = "w-full border-collapse bg-white text-left text-sm";
export const rowClass = "border-b border-gray-200";

/** The header row every data table shares: column headers with scope, for screen readers. */
export function TableHead({ columns }: { columns: React.ReactNode[] }) {
  return (
    <thead>
      <tr className="border-b-2 border-gray-400">
        {columns.map((column, index) => (
          <th key={index} scope="col" className="p-2">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

type CellProps = { className?: string; children?: React.ReactNode };

/** A data cell with the table's padding. */
export function Cell({ className, children }: CellProps) {
  return <td className={className ? `p-2 ${className}` : "p-2"}>{children}</td>;
}

/** The cell that names its row, for screen readers. */
export function RowHeader({ className, children }: CellProps) {
  return (
    <th scope="row" className={className ? `p-2 ${className}` : "p-2"}>
      {children}
    </th>
  );
}

/** A data table: a screen-reader caption if the heading above does not name it, the header row, the rows. */
export function DataTable({
  columns,
  caption,
  testId,
  children,
}: {
  columns: React.ReactNode[];
  caption?: React.ReactNode;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <table className={tableClass} data-testid={testId}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <TableHead columns={columns} />
      <tbody>{children}</tbody>
    </table>
  );
}

/** A body row; `align-top` when its cells hold paragraphs. */
export function Row({ top, testId, children }: { top?: boolean; testId?: string; children: React.ReactNode }) {
  return (
    <tr className={top ? `${rowClass} align-top` : rowClass} data-testid={testId}>
      {children}
    </tr>
  );
}
