import { LEVEL_MEANING, type ResponseLevel } from "@/lib/levels/response-levels";

export const LEVEL_STYLE: Record<ResponseLevel, { className: string; symbol: string; meaning: string }> = {
  NORMAL: { className: "bg-green-800 text-white", symbol: "●", meaning: LEVEL_MEANING.NORMAL },
  HEIGHTENED: {
    className: "bg-amber-300 text-black",
    symbol: "▲",
    meaning: LEVEL_MEANING.HEIGHTENED,
  },
  EXCEPTIONAL: { className: "bg-red-800 text-white", symbol: "■", meaning: LEVEL_MEANING.EXCEPTIONAL },
};

/** The level in words and colour, with a shape: never colour alone (WCAG 1.4.1). */
export function LevelBadge({ level, large = false }: { level: ResponseLevel; large?: boolean }) {
  const style = LEVEL_STYLE[level];
  return (
    <span
      data-level={level}
      className={`inline-flex items-center gap-2 rounded font-bold tracking-wide ${style.className} ${large ? "px-4 py-2 text-2xl" : "px-2 py-0.5 text-sm"}`}
    >
      <span aria-hidden="true">{style.symbol}</span>
      {level}
    </span>
  );
}
