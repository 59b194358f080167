// A horizontal bar chart drawn on the server as SVG: no script, prints crisply on A4. The figures
// are always also in a table next to it; the chart's label summarises it for screen readers.

type Bar = { label: string; value: number; text: string };

const ROW = 28;
const LABEL_WIDTH = 230;
const CHART_WIDTH = 640;
const VALUE_GAP = 6;

export function BarChart({ title, bars, testId }: { title: string; bars: Bar[]; testId?: string }) {
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((bar) => bar.value), 0);
  const room = CHART_WIDTH - LABEL_WIDTH - 90;
  const height = bars.length * ROW + 8;
  const summary = `${title}: ${bars.map((bar) => `${bar.label} ${bar.text}`).join("; ")}`;
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      className="h-auto w-full max-w-2xl break-inside-avoid"
      data-testid={testId}
    >
      {bars.map((bar, index) => {
        const width = max > 0 ? Math.max(2, (bar.value / max) * room) : 0;
        const y = index * ROW + 4;
        return (
          <g key={bar.label}>
            <text x={LABEL_WIDTH - VALUE_GAP} y={y + 17} textAnchor="end" fontSize="13" fill="#0b0c0c">
              {bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 3} width={width} height={ROW - 8} fill="#1d3a6e" />
            <text x={LABEL_WIDTH + width + VALUE_GAP} y={y + 17} fontSize="13" fill="#0b0c0c">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
