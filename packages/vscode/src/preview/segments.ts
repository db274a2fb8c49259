/**
 * Splitting a rendered text into runs by the ranges that decorate it (problems, sample values, the
 * character that forces UCS-2), so the webview can wrap each run in the right elements. Ranges may
 * overlap: each run lists every range that covers it. Pure (used by the webview script and tests).
 */

export interface TextRange {
  start: number;
  end: number;
}

export interface Run<T extends TextRange> {
  start: number;
  end: number;
  text: string;
  /** The ranges that cover the whole run, in input order. */
  covering: T[];
}

/**
 * The runs of `text` between every range boundary; ranges are clamped to the text and empty ones
 * ignored. Concatenating the runs' texts gives `text` back.
 */
export function splitRuns<T extends TextRange>(text: string, ranges: readonly T[]): Run<T>[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n)));
  const usable = ranges
    .map((r) => ({ range: r, start: clamp(r.start), end: clamp(r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, text.length]);
  for (const r of usable) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    runs.push({
      start,
      end,
      text: text.slice(start, end),
      covering: usable.filter((r) => r.start <= start && r.end >= end).map((r) => r.range),
    });
  }
  return runs;
}

/** The most severe of some severities (2 error, 1 warning), or 0 for none. */
export function worstSeverity(items: readonly { severity: number }[]): number {
  return items.reduce((worst, i) => Math.max(worst, i.severity), 0);
}
