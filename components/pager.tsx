import Link from "next/link";

/** `totalIsCapped`: the list holds more than `total`, which is as far as it pages. */
type PageInfo = { page: number; pageSize: number; total: number; totalIsCapped?: boolean };

/** "21–40 of 530", with links to the previous and next pages of this list. */
export function Pager({
  label,
  param,
  page,
  query = {},
}: {
  label: string;
  param: string;
  page: PageInfo;
  /** The address's other parameters (filters, sort), kept on every page. */
  query?: Record<string, string | string[] | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (pages === 1) return null;
  const first = Math.min(page.total, (page.page - 1) * page.pageSize + 1);
  const last = Math.min(page.total, page.page * page.pageSize);
  const to = (number: number) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (name === param || value === undefined) continue;
      for (const each of Array.isArray(value) ? value : [value]) params.append(name, each);
    }
    params.set(param, String(number));
    return `?${params.toString()}`;
  };
  return (
    <nav aria-label={`${label}: pages`} className="flex flex-wrap items-center gap-4">
      <p>
        {first.toLocaleString("en-GB")}–{last.toLocaleString("en-GB")} of {page.totalIsCapped && "more than "}
        {page.total.toLocaleString("en-GB")}
      </p>
      {page.page > 1 && (
        <Link href={to(page.page - 1)} className="underline">
          Previous page<span className="sr-only"> of {label}</span>
        </Link>
      )}
      {page.page < pages && (
        <Link href={to(page.page + 1)} className="underline">
          Next page<span className="sr-only"> of {label}</span>
        </Link>
      )}
    </nav>
  );
}
