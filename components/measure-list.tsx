type Measure = { id: string; title: string; guidance: string };

/** The measures staff follow at a site: each title, then what it asks of them. */
export function MeasureList({ measures, className = "space-y-2" }: { measures: Measure[]; className?: string }) {
  return (
    <ul className={`list-disc pl-6 ${className}`}>
      {measures.map((measure) => (
        <li key={measure.id}>
          <span className="font-semibold">{measure.title}.</span> {measure.guidance}
        </li>
      ))}
    </ul>
  );
}
