/** applyFixes (packages/core/src/fix/apply-fixes.ts) and the lintAndFix loop built on it. */
import {
  applyFixes,
  builtinRules,
  lint as coreLint,
  lintAndFix as coreLintAndFix,
  resolveFileConfig,
  type Fix,
  type LintOptions,
  type RuleSetting,
} from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const fix = (start: number, end: number, text: string): Fix => ({ range: [start, end], text });

describe('applyFixes', () => {
  it('returns the text unchanged when there are no fixes', () => {
    expect(applyFixes('abc', [])).toEqual({ output: 'abc', applied: [], skipped: [] });
    expect(applyFixes('', [])).toEqual({ output: '', applied: [], skipped: [] });
  });

  it('replaces, inserts and deletes', () => {
    expect(applyFixes('hello world', [fix(0, 5, 'HELLO')]).output).toBe('HELLO world');
    expect(applyFixes('hello world', [fix(5, 5, ',')]).output).toBe('hello, world');
    expect(applyFixes('hello world', [fix(5, 11, '')]).output).toBe('hello');
    expect(applyFixes('', [fix(0, 0, 'x')]).output).toBe('x');
  });

  it('applies fixes in document order whatever order they come in, and reports them in document order', () => {
    const a = fix(0, 1, 'A');
    const b = fix(2, 3, 'B');
    const c = fix(4, 5, 'C');
    const r = applyFixes('a-b-c', [c, a, b]);
    expect(r.output).toBe('A-B-C');
    expect(r.applied).toEqual([a, b, c]);
    expect(r.skipped).toEqual([]);
  });

  it('skips a fix that overlaps one already taken (the earlier start wins)', () => {
    const first = fix(0, 3, 'X');
    const overlapping = fix(2, 5, 'Y');
    const r = applyFixes('abcdef', [overlapping, first]);
    expect(r.output).toBe('Xdef');
    expect(r.applied).toEqual([first]);
    expect(r.skipped).toEqual([overlapping]);
  });

  it('for the same start, the shorter range goes first; a fix nested in another is skipped', () => {
    const outer = fix(1, 5, 'O');
    const inner = fix(1, 2, 'I');
    const r = applyFixes('abcdef', [outer, inner]);
    expect(r.applied).toEqual([inner]);
    expect(r.skipped).toEqual([outer]);
    expect(r.output).toBe('aIcdef');
  });

  it('adjacent fixes (one ends where the next starts) are both applied', () => {
    expect(applyFixes('abcd', [fix(0, 2, 'X'), fix(2, 4, 'Y')]).output).toBe('XY');
  });

  it('two insertions at the same offset are both applied, in the order given', () => {
    const r = applyFixes('ab', [fix(1, 1, '1'), fix(1, 1, '2')]);
    expect(r.output).toBe('a12b');
    expect(r.applied).toHaveLength(2);
  });

  it('an insertion at the start of a replaced range is applied before it', () => {
    expect(applyFixes('abc', [fix(1, 2, 'B'), fix(1, 1, '+')]).output).toBe('a+Bc');
  });

  it('skips fixes with a range outside the text or reversed', () => {
    const bad = [fix(-1, 0, 'x'), fix(2, 9, 'x'), fix(2, 1, 'x')];
    const r = applyFixes('abc', bad);
    expect(r.output).toBe('abc');
    expect(r.applied).toEqual([]);
    expect(r.skipped).toHaveLength(3);
  });

  it('keeps a BOM; offsets refer to the text without it', () => {
    const r = applyFixes('\uFEFFabc', [fix(0, 1, 'A'), fix(3, 3, '!')]);
    expect(r.output).toBe('\uFEFFAbc!');
    // A fix at offset 0 inserts after the BOM, never before it.
    expect(applyFixes('\uFEFFx', [fix(0, 0, '---\n')]).output).toBe('\uFEFF---\nx');
    // The end of the text is its length without the BOM.
    expect(applyFixes('\uFEFFab', [fix(2, 3, 'c')]).skipped).toHaveLength(1);
  });

  it('is pure: the fixes and the text are not modified', () => {
    const fixes = [fix(2, 3, 'B'), fix(0, 1, 'A')];
    const copy = JSON.parse(JSON.stringify(fixes)) as Fix[];
    applyFixes('abc', fixes);
    expect(fixes).toEqual(copy);
  });

  it('handles CRLF text and surrogate pairs by UTF-16 offsets', () => {
    expect(applyFixes('a\r\nb', [fix(1, 3, '\n')]).output).toBe('a\nb');
    expect(applyFixes('😀x', [fix(2, 3, 'y')]).output).toBe('😀y');
  });
});

describe('lintAndFix', () => {
  // Only the structure rules whose fixes are tested here, so that other rules cannot change the counts.
  const rules: Record<string, RuleSetting> = {};
  for (const id of builtinRules.keys())
    rules[id] = ['placeholder-syntax', 'placeholder-undeclared', 'frontmatter-schema'].includes(id) ? 'error' : 'off';
  const options: LintOptions = {
    config: resolveFileConfig({ layers: [{ data: { rules }, baseDir: '', source: 'test' }] }, undefined),
  };
  const lint = (text: string) => coreLint(text, options);
  const lintAndFix = (text: string, maxPasses?: number) => coreLintAndFix(text, options, maxPasses);

  const template = (body: string) =>
    `---\nid: x\nlocale: en-US\nchannel: sms\njurisdiction: US\nstage: reminder\ncreditor: { name: Acme }\ncontact: { phone: "+1 800-555-0100" }\nvariables:\n  a: { type: string, sample: A }\n  b: { type: string, sample: B }\n---\n${body}\n`;

  it('applies every fix and reports the result of the final text', () => {
    const text = template('Hi {a}, {{b}.');
    expect(lint(text).messages.filter((m) => m.fix)).toHaveLength(2);
    const r = lintAndFix(text);
    expect(r.fixed).toBe(true);
    expect(r.output).toBe(template('Hi {{a}}, {{b}}.'));
    expect(r.passes).toBe(1);
    expect(r.result.messages).toEqual([]);
  });

  it('changes nothing when nothing is fixable', () => {
    const text = template('Hi {{a}} {{b}} {{ }}.');
    const r = lintAndFix(text);
    expect(r).toMatchObject({ output: text, fixed: false, passes: 0 });
    expect(r.result).toEqual(lint(text));
    expect(r.result.messages.map((m) => m.messageId)).toEqual(['empty']);
  });

  it('keeps a BOM and CRLF line endings', () => {
    const text = `\uFEFF${template('Hi {a}.\n{{b}.')}`.replace(/\n/g, '\r\n');
    const r = lintAndFix(text);
    expect(r.output).toBe(`\uFEFF${template('Hi {{a}}.\n{{b}}.')}`.replace(/\n/g, '\r\n'));
  });

  it('stops after maxPasses', () => {
    const text = template('Hi {a}.');
    expect(lintAndFix(text, 0)).toMatchObject({ output: text, fixed: false, passes: 0 });
  });
});
