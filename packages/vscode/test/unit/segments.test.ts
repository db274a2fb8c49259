import { describe, expect, it } from 'vitest';
import { splitRuns, worstSeverity } from '../../src/preview/segments.js';

describe('splitRuns', () => {
  const text = 'Hi Jordan, you will be arrested.';
  const sample = { start: 3, end: 9, id: 'sample' };
  const threat = { start: 23, end: 31, id: 'threat' };

  it('gives back the text, cut at every range boundary', () => {
    const runs = splitRuns(text, [sample, threat]);
    expect(runs.map((r) => r.text)).toEqual(['Hi ', 'Jordan', ', you will be ', 'arrested', '.']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => r.covering.map((c) => c.id))).toEqual([[], ['sample'], [], ['threat'], []]);
  });

  it('lists every range covering an overlap', () => {
    const wide = { start: 0, end: 10, id: 'wide' };
    const runs = splitRuns(text, [wide, sample]);
    expect(runs.map((r) => [r.text, r.covering.map((c) => c.id)])).toEqual([
      ['Hi ', ['wide']],
      ['Jordan', ['wide', 'sample']],
      [',', ['wide']],
      [' you will be arrested.', []],
    ]);
  });

  it('clamps ranges to the text and ignores empty ones', () => {
    const runs = splitRuns('abc', [
      { start: -5, end: 1 },
      { start: 2, end: 99 },
      { start: 1, end: 1 },
    ]);
    expect(runs.map((r) => [r.text, r.covering.length])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 1],
    ]);
  });

  it('handles an empty text and no ranges', () => {
    expect(splitRuns('', [{ start: 0, end: 3 }])).toEqual([]);
    expect(splitRuns('abc', [])).toEqual([{ start: 0, end: 3, text: 'abc', covering: [] }]);
  });
});

describe('worstSeverity', () => {
  it('is the highest severity, 0 for none', () => {
    expect(worstSeverity([{ severity: 1 }, { severity: 2 }])).toBe(2);
    expect(worstSeverity([])).toBe(0);
  });
});
