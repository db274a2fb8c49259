import { BOM } from '../document/line-index.js';
import type { Fix } from '../types.js';

export interface ApplyFixesResult {
  output: string;
  /** Fixes that were applied, in document order. */
  applied: Fix[];
  /** Fixes skipped because they overlap an earlier one (they are retried in the next pass). */
  skipped: Fix[];
}

/**
 * Applies non-overlapping fixes to `text` (pure). Offsets refer to the text without its BOM, as
 * diagnostics do; a BOM present in `text` is kept. Fixes are sorted by start; a fix that overlaps
 * one already taken is skipped. Two insertions at the same offset are both applied, in order.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyFixesResult {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const sorted = fixes
    .map((fix, i) => ({ fix, i }))
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1] || a.i - b.i)
    .map((x) => x.fix);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let out = '';
  let cursor = 0;
  let lastEnd = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < 0 || end > body.length || start > end || start < lastEnd) {
      skipped.push(fix);
      continue;
    }
    out += body.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied.push(fix);
  }
  out += body.slice(cursor);
  return { output: (bom ? BOM : '') + out, applied, skipped };
}
