/**
 * The RuleTester must be able to fail: each broken rule or wrong expectation below must make
 * `verifyValid`/`verifyInvalid` throw, and correct ones must pass.
 */
import { builtinRules, defineRule, lint, type Rule } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { caseText, onlyRuleConfig, registryWith, verifyInvalid, verifyValid } from './rule-tester.js';

/** Reports every "teh" in the body, with a fix to "the". */
const typo = defineRule({
  id: 'tester-typo',
  meta: {
    category: 'structure',
    description: 'test rule',
    severity: 'warn',
    languages: 'all',
    fixable: 'code',
    hasSuggestions: true,
    messages: { typo: 'Write "the", not "{{word}}".', replace: 'Replace with "the"' },
    rationale: 'test',
  },
  create(context) {
    const { text, bodyRange } = context.doc;
    for (const m of text.slice(bodyRange[0]).matchAll(/\bteh\b/g)) {
      const start = bodyRange[0] + m.index;
      const fix = { range: [start, start + 3] as [number, number], text: 'the' };
      context.report({
        messageId: 'typo',
        data: { word: 'teh' },
        range: [start, start + 3],
        fix,
        suggest: [{ messageId: 'replace', fix }],
      });
    }
  },
}) as unknown as Rule;

const brokenRule = (id: string, create: Rule['create'], meta: Partial<Rule['meta']> = {}): Rule =>
  defineRule({
    id,
    meta: {
      category: 'structure',
      description: 'test rule',
      severity: 'error',
      languages: 'all',
      fixable: 'code',
      messages: { bad: 'bad' },
      rationale: 'test',
      ...meta,
    },
    create,
  }) as unknown as Rule;

const unknownMessage = brokenRule('tester-unknown-message', (context) => {
  context.report({ messageId: 'nope', range: [0, 1] });
});

/** Inserts "!" at the start of the body every time: never idempotent. */
const notIdempotent = brokenRule('tester-not-idempotent', (context) => {
  const at = context.doc.bodyRange[0];
  context.report({ messageId: 'bad', range: [at, at + 1], fix: { range: [at, at], text: '!' } });
});

/** A fix whose range runs past the end of the document. */
const outOfRange = brokenRule('tester-out-of-range', (context) => {
  const end = context.doc.text.length;
  context.report({ messageId: 'bad', range: [0, 3], fix: { range: [end, end + 5], text: '' } });
});

/** Two overlapping fixes. */
const overlapping = brokenRule('tester-overlap', (context) => {
  const at = context.doc.bodyRange[0];
  context.report({ messageId: 'bad', range: [at, at + 2], fix: { range: [at, at + 2], text: 'A' } });
  context.report({ messageId: 'bad', range: [at + 1, at + 3], fix: { range: [at + 1, at + 3], text: 'B' } });
});

const FIXED = caseText({ code: 'Fix the word.' });

describe('RuleTester', () => {
  it('passes a correct valid and invalid case', () => {
    expect(() => verifyValid(typo, 'Nothing to see.')).not.toThrow();
    expect(() =>
      verifyInvalid(typo, {
        code: 'Fix teh word.',
        errors: [
          {
            messageId: 'typo',
            line: 16,
            column: 5,
            endLine: 16,
            endColumn: 8,
            data: { word: 'teh' },
            suggestions: [{ messageId: 'replace', output: FIXED }],
          },
        ],
        output: FIXED,
      }),
    ).not.toThrow();
  });

  it('fails a valid case that reports', () => {
    expect(() => verifyValid(typo, 'Fix teh word.')).toThrow(/expected no problems, got 1/);
  });

  it('fails on a wrong count, messageId, position or data', () => {
    const base = { code: 'Fix teh word.', output: FIXED };
    const sugg = [{ output: FIXED }];
    expect(() => verifyInvalid(typo, { ...base, errors: [] })).toThrow(/at least one expected error/);
    expect(() =>
      verifyInvalid(typo, { ...base, errors: [{ messageId: 'typo', suggestions: sugg }, { messageId: 'typo' }] }),
    ).toThrow(/expected 2 problem\(s\), got 1/);
    expect(() => verifyInvalid(typo, { ...base, errors: [{ messageId: 'replace', suggestions: sugg }] })).toThrow(
      /messageId/,
    );
    expect(() =>
      verifyInvalid(typo, { ...base, errors: [{ messageId: 'typo', column: 4, suggestions: sugg }] }),
    ).toThrow(/column/);
    expect(() =>
      verifyInvalid(typo, { ...base, errors: [{ messageId: 'typo', endLine: 15, suggestions: sugg }] }),
    ).toThrow(/endLine/);
    expect(() =>
      verifyInvalid(typo, { ...base, errors: [{ messageId: 'typo', data: { word: 'hte' }, suggestions: sugg }] }),
    ).toThrow(/formatted with data/);
  });

  it('fails when a rule reports a messageId that is not in meta.messages', () => {
    expect(() => verifyInvalid(unknownMessage, { code: 'x', errors: [{ messageId: 'nope' }] })).toThrow(
      /crashed|not in meta\.messages/,
    );
    expect(() => verifyValid(unknownMessage, 'x')).toThrow(/unknown messageId "nope"/);
  });

  it('fails when an invalid case has a fix but no output, or output null', () => {
    const errors = [{ messageId: 'typo', suggestions: [{ output: FIXED }] }];
    expect(() => verifyInvalid(typo, { code: 'Fix teh word.', errors })).toThrow(/add "output"/);
    expect(() => verifyInvalid(typo, { code: 'Fix teh word.', errors, output: null })).toThrow(/expected no fix/);
    expect(() => verifyInvalid(typo, { code: 'Fix teh word.', errors, output: 'something else' })).toThrow(
      /output after fixing/,
    );
  });

  it('fails when output is expected but nothing is fixed', () => {
    const noFix = brokenRule('tester-no-fix', (c) => c.report({ messageId: 'bad', range: [0, 1] }));
    expect(() => verifyInvalid(noFix, { code: 'x', errors: [{ messageId: 'bad' }], output: 'y' })).toThrow(
      /reported no fix/,
    );
    expect(() => verifyInvalid(noFix, { code: 'x', errors: [{ messageId: 'bad' }], output: null })).not.toThrow();
  });

  it('fails when the suggestions are not stated or differ', () => {
    const base = { code: 'Fix teh word.', output: FIXED };
    expect(() => verifyInvalid(typo, { ...base, errors: [{ messageId: 'typo' }] })).toThrow(/add "suggestions"/);
    expect(() => verifyInvalid(typo, { ...base, errors: [{ messageId: 'typo', suggestions: [] }] })).toThrow(
      /number of suggestions/,
    );
    expect(() =>
      verifyInvalid(typo, {
        ...base,
        errors: [{ messageId: 'typo', suggestions: [{ messageId: 'typo', output: FIXED }] }],
      }),
    ).toThrow(/suggestion #1 messageId/);
    expect(() =>
      verifyInvalid(typo, { ...base, errors: [{ messageId: 'typo', suggestions: [{ output: 'nope' }] }] }),
    ).toThrow(/output of suggestion #1/);
  });

  it('fails when the fixed output still has fixes (not idempotent)', () => {
    const code = 'Hello';
    const once = caseText({ code: '!Hello' });
    expect(() => verifyInvalid(notIdempotent, { code, errors: [{ messageId: 'bad' }], output: once })).toThrow(
      /not idempotent/,
    );
  });

  it('fails when a fix range is outside the document', () => {
    expect(() => verifyInvalid(outOfRange, { code: 'x', errors: [{ messageId: 'bad' }], output: null })).toThrow(
      /not inside the document/,
    );
  });

  it('fails when fixes overlap (they could not be applied in one pass)', () => {
    expect(() =>
      verifyInvalid(overlapping, { code: 'Hello', errors: [{ messageId: 'bad' }, { messageId: 'bad' }], output: '' }),
    ).toThrow(/overlap/);
  });

  it('turns on only the rule under test', () => {
    const registry = registryWith(typo);
    const config = onlyRuleConfig(typo, registry);
    const on = Object.entries(config.rules).filter(([, r]) => r.severity > 0);
    expect(on).toEqual([['tester-typo', { severity: 1, options: {} }]]);
    expect(Object.keys(config.rules).sort()).toEqual([...builtinRules.keys(), 'tester-typo'].sort());
    // A template full of problems for other rules: only the rule under test reports.
    const text = caseText({ code: 'teh {x} {{undeclared}}', frontMatter: { chanel: 'sms' } });
    expect(lint(text).messages.length).toBeGreaterThan(1);
    expect(lint(text, { config, rules: registry }).messages.map((m) => m.ruleId)).toEqual(['tester-typo']);
  });

  it('passes options and the filename to the rule', () => {
    const seen: unknown[] = [];
    const spy = brokenRule(
      'tester-spy',
      (c) => {
        seen.push([c.options, c.filePath]);
      },
      { schema: { type: 'object' } },
    );
    verifyValid(spy, { code: 'x', options: { max: 3 }, filename: '/w/t.md' });
    expect(seen).toEqual([[{ max: 3 }, '/w/t.md']]);
  });

  it('uses a whole template as written, after a BOM or with CRLF too', () => {
    for (const code of ['---\nid: x\n---\nHi\n', '\uFEFF---\nid: x\n---\nHi\n', '---\r\nid: x\r\n---\r\nHi\r\n'])
      expect(caseText({ code })).toBe(code);
    expect(caseText({ code: 'Hi' })).toMatch(/^---\nid: example\n[^]*\n---\nHi\n$/);
    expect(caseText({ code: 'Hi', language: 'pt' })).toContain('locale: pt-BR');
    expect(caseText({ code: 'Hi', frontMatter: { __none: true } })).toBe('Hi');
  });
});
