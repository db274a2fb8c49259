/**
 * Properties of the core over generated templates (see arbitraries.ts): the linter never throws and
 * no rule crashes, every range lies inside the document on character boundaries with matching
 * line/column, and fixing converges: a fixed document re-lints with no fixable problem left and
 * fixing it again changes nothing. `FUZZ_RUNS` raises the number of runs (`npm run fuzz`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules, lint, lintAndFix, presetConfig, resolveFileConfig, type Diagnostic } from '@dunlint/core';
import { template } from './arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** `npm run fuzz` runs for an hour or more: the per-test timeout grows with the number of runs. */
const TIMEOUT = Math.max(30_000, RUNS * 200);
const strict = resolveFileConfig(
  { layers: [{ data: presetConfig('strict', builtinRules), baseDir: '', source: 'preset:strict' }] },
  undefined,
);

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function checkRanges(text: string, messages: Diagnostic[]): void {
  const t = withoutBom(text);
  const lineStarts = [0];
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '\n') lineStarts.push(i + 1);
    else if (t[i] === '\r' && t[i + 1] !== '\n') lineStarts.push(i + 1);
  }
  for (const m of messages) {
    const where = `${m.ruleId} ${m.offset}-${m.endOffset}: ${m.message}`;
    expect(m.message, where).not.toMatch(/failed on this file/);
    expect(m.offset, where).toBeGreaterThanOrEqual(0);
    expect(m.endOffset, where).toBeGreaterThanOrEqual(m.offset);
    expect(m.endOffset, where).toBeLessThanOrEqual(t.length);
    expect(isLowSurrogate(t.charCodeAt(m.offset)) && m.offset > 0, `${where}: starts inside a surrogate pair`).toBe(
      false,
    );
    if (m.endOffset < t.length)
      expect(isLowSurrogate(t.charCodeAt(m.endOffset)), `${where}: ends inside a surrogate pair`).toBe(false);
    expect(m.line, where).toBeGreaterThanOrEqual(1);
    expect(lineStarts[m.line - 1]! + m.column - 1, `${where}: line/column match the offset`).toBe(m.offset);
    for (const fix of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
      if (!fix) continue;
      expect(fix.range[0], where).toBeGreaterThanOrEqual(0);
      expect(fix.range[1], where).toBeLessThanOrEqual(t.length);
      expect(fix.range[1], where).toBeGreaterThanOrEqual(fix.range[0]);
    }
  }
}

describe('core properties', () => {
  it('never throws, no rule crashes, and every range is a valid place in the document', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(template, (text) => {
        checkRanges(text, lint(text, { config: strict }).messages);
      }),
      { numRuns: RUNS },
    );
  });

  it('regressions found by `npm run fuzz`: YAML errors at a character outside the BMP', () => {
    // The YAML parser points one code unit into "𐀀" / "👨"; the range must cover the whole character.
    for (const text of ['---\nextra_1: [\n𐀀  Hi ', '---\n\n{{ hojepague today {{debtor_name}}\n👨‍👩‍👧R$ 1.234,56\n\n']) {
      checkRanges(text, lint(text, { config: strict }).messages);
      const once = lintAndFix(text, { config: strict });
      checkRanges(once.output, once.result.messages);
    }
  });

  it('fixing converges: nothing fixable is left and a second run changes nothing', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(template, (text) => {
        const once = lintAndFix(text, { config: strict });
        checkRanges(once.output, once.result.messages);
        expect(once.result.messages.filter((m) => m.fix)).toEqual([]);
        expect(once.output.charCodeAt(0) === 0xfeff).toBe(text.charCodeAt(0) === 0xfeff);
        const twice = lintAndFix(once.output, { config: strict });
        expect(twice.output).toBe(once.output);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 3)) },
    );
  });
});
