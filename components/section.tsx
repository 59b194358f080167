/** A titled part of a page: the heading names the region for screen readers. */
export function Section({
  id,
  title,
  className = "space-y-3",
  headingClassName = "text-xl font-semibold",
  children,
}: {
  id: string;
  title: React.ReactNode;
  className?: string;
  headingClassName?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
