/** Inline directives (packages/core/src/directives/*): parsing and what they silence. */
import {
  builtinRules,
  findDirectives,
  lint,
  parseTemplate,
  resolveFileConfig,
  type LintResult,
  type RuleSetting,
} from '@dunlint/core';
import { describe, expect, it } from 'vitest';

/** Front matter with one declared variable `a`; the body starts on line 6. */
const FM = '---\nid: x\nvariables:\n  a: { type: string, sample: A }\n---\n';
const BODY = 6;

const ON = ['invalid-directive', 'unused-directive', 'placeholder-syntax', 'placeholder-undeclared'];

/** Valid front-matter lines for tests of front-matter directives (frontmatter-schema on). */
const VALID_FM = [
  'id: x',
  'locale: en-US',
  'channel: sms',
  'jurisdiction: US',
  'stage: reminder',
  'creditor: { name: Acme }',
  'contact: { phone: "+1 800-555-0100" }',
];

function run(text: string, on: string[] = ON): LintResult {
  const rules: Record<string, RuleSetting> = {};
  for (const id of builtinRules.keys()) rules[id] = on.includes(id) ? 'error' : 'off';
  return lint(text, {
    config: resolveFileConfig({ layers: [{ data: { rules }, baseDir: '', source: 'test' }] }, undefined),
  });
}

/** [ruleId, messageId, line] of what is reported, and [ruleId, line, reason, directiveLine] of what is silenced. */
function outcome(body: string, on?: string[]) {
  const r = run(FM + body, on);
  return {
    reported: r.messages.map((m) => [m.ruleId, m.messageId, m.line]),
    suppressed: r.suppressed.map((s) => [s.ruleId, s.line, s.reason, s.directiveLine]),
  };
}

describe('findDirectives', () => {
  it('parses kind, rules (with ranges), reason and lines', () => {
    const text = `${FM}<!-- dunlint-disable-next-line a, b c -- why -- really -->\n`;
    const { directives, malformed } = findDirectives(parseTemplate(text));
    expect(malformed).toEqual([]);
    expect(directives).toHaveLength(1);
    const d = directives[0]!;
    expect(d.kind).toBe('dunlint-disable-next-line');
    expect(d.rules.map((r) => [r.id, text.slice(...r.range)])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      ['c', 'c'],
    ]);
    expect(d.reason).toBe('why -- really');
    expect(text.slice(...d.range)).toBe('<!-- dunlint-disable-next-line a, b c -- why -- really -->');
    expect([d.startLine, d.endLine]).toEqual([BODY, BODY]);
  });

  it('finds every kind, multi-line comments and YAML comments in the front matter', () => {
    const text = [
      '---',
      'id: x # dunlint-disable-line frontmatter-schema -- legacy',
      '---',
      '<!-- dunlint-disable -- a -->',
      '<!--',
      '  dunlint-enable',
      '-->',
      '<!-- dunlint-disable-file placeholder-syntax -- b -->',
      '<!-- dunlint-disable-line -- c -->',
      '<!-- dunlint-bogus x -->',
      '<!-- a plain comment -->',
    ].join('\n');
    const { directives, malformed } = findDirectives(parseTemplate(text));
    expect(directives.map((d) => [d.kind, d.rules.map((r) => r.id), d.reason, d.startLine, d.endLine])).toEqual([
      ['dunlint-disable', [], 'a', 4, 4],
      ['dunlint-enable', [], '', 5, 7],
      ['dunlint-disable-file', ['placeholder-syntax'], 'b', 8, 8],
      ['dunlint-disable-line', [], 'c', 9, 9],
      ['dunlint-disable-line', ['frontmatter-schema'], 'legacy', 2, 2],
    ]);
    expect(malformed.map((m) => [m.kind, text.slice(...m.range)])).toEqual([
      ['dunlint-bogus', '<!-- dunlint-bogus x -->'],
    ]);
  });

  it('a directive without "--" has an empty reason', () => {
    const { directives } = findDirectives(parseTemplate(`${FM}<!-- dunlint-disable-next-line placeholder-syntax -->`));
    expect(directives[0]!.reason).toBe('');
  });
});

describe('dunlint-disable-next-line', () => {
  it('silences the named rule on the next line only, keeping the reason and directive line', () => {
    expect(outcome('<!-- dunlint-disable-next-line placeholder-syntax -- LEG-42 -->\n{x}\n{y}')).toEqual({
      reported: [['placeholder-syntax', 'singleBraces', BODY + 2]],
      suppressed: [['placeholder-syntax', BODY + 1, 'LEG-42', BODY]],
    });
  });

  it('does not silence other rules on that line', () => {
    expect(outcome('<!-- dunlint-disable-next-line placeholder-syntax -- r -->\n{x} {{nope}}').reported).toEqual([
      ['placeholder-undeclared', 'undeclared', BODY + 1],
    ]);
  });

  it('without rule names silences every rule on the next line', () => {
    const o = outcome('<!-- dunlint-disable-next-line -- r -->\n{x} {{nope}} {{a}}');
    expect(o.reported).toEqual([]);
    expect(o.suppressed.map((s) => s[0])).toEqual(['placeholder-syntax', 'placeholder-undeclared']);
  });

  it('counts from the last line of a multi-line comment', () => {
    expect(outcome('<!--\ndunlint-disable-next-line placeholder-syntax -- r\n-->\n{x} {{a}}').suppressed).toEqual([
      ['placeholder-syntax', BODY + 3, 'r', BODY],
    ]);
  });

  it('in a YAML comment after a value, disable-line silences that front-matter line', () => {
    const text = [
      '---',
      ...VALID_FM,
      'legacy: 1 # dunlint-disable-line frontmatter-schema -- legacy key',
      'legasy: 2',
      '---',
      'Hi',
      '',
    ].join('\n');
    const r = run(text, [...ON, 'frontmatter-schema']);
    expect(r.messages.map((m) => [m.ruleId, m.line])).toEqual([['frontmatter-schema', 10]]);
    expect(r.suppressed.map((s) => [s.ruleId, s.line, s.reason])).toEqual([['frontmatter-schema', 9, 'legacy key']]);
  });
});

describe('dunlint-disable-line', () => {
  it('silences its own line', () => {
    expect(outcome('{x} <!-- dunlint-disable-line placeholder-syntax -- r -->\n{y} {{a}}')).toEqual({
      reported: [['placeholder-syntax', 'singleBraces', BODY + 1]],
      suppressed: [['placeholder-syntax', BODY, 'r', BODY]],
    });
  });
});

describe('dunlint-disable / dunlint-enable', () => {
  it('silences from the directive to the next dunlint-enable', () => {
    expect(
      outcome(
        '{x}\n<!-- dunlint-disable placeholder-syntax -- block -->\n{y}\n\n{z}\n<!-- dunlint-enable -->\n{w} {{a}}',
      ),
    ).toEqual({
      reported: [
        ['placeholder-syntax', 'singleBraces', BODY],
        ['placeholder-syntax', 'singleBraces', BODY + 6],
      ],
      suppressed: [
        ['placeholder-syntax', BODY + 2, 'block', BODY + 1],
        ['placeholder-syntax', BODY + 4, 'block', BODY + 1],
      ],
    });
  });

  it('without dunlint-enable, runs to the end of the file', () => {
    const o = outcome('{{a}}\n<!-- dunlint-disable placeholder-syntax -- r -->\n{x}\n\n\n{y}');
    expect(o.reported).toEqual([]);
    expect(o.suppressed.map((s) => s[1])).toEqual([BODY + 2, BODY + 5]);
  });

  it('a dunlint-enable naming another rule does not end the block', () => {
    const o = outcome(
      '<!-- dunlint-disable placeholder-syntax -- r -->\n{x}\n<!-- dunlint-enable placeholder-undeclared -->\n{y} {{a}}',
    );
    expect(o.reported).toEqual([]);
    expect(o.suppressed.map((s) => s[1])).toEqual([BODY + 1, BODY + 3]);
  });

  it('does not reach back before the directive', () => {
    expect(outcome('{x} {{a}}\n<!-- dunlint-disable -- r -->\n{y}').reported).toEqual([
      ['placeholder-syntax', 'singleBraces', BODY],
    ]);
  });
});

describe('dunlint-disable-file', () => {
  it('silences the named rule everywhere, before and after the directive, front matter included', () => {
    const text = '---\nid: x\nlegacy: 1 # dunlint-disable-file frontmatter-schema -- old template\n---\n{x}\n';
    const r = run(text, [...ON, 'frontmatter-schema']);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['placeholder-syntax']);
    // Six missing required keys at the opening fence, and the unknown key on line 3.
    expect(r.suppressed.map((s) => [s.ruleId, s.line])).toEqual([
      ...Array.from({ length: 6 }, () => ['frontmatter-schema', 1]),
      ['frontmatter-schema', 3],
    ]);
  });

  it('without rule names silences everything', () => {
    const o = outcome('{x} {{nope}}\n<!-- dunlint-disable-file -- generated -->');
    expect(o.reported).toEqual([]);
    expect(o.suppressed).toEqual([
      ['placeholder-syntax', BODY, 'generated', BODY + 1],
      ['placeholder-undeclared', BODY, 'generated', BODY + 1],
    ]);
  });
});

describe('the reason is required', () => {
  it.each([
    ['disable-next-line', '<!-- dunlint-disable-next-line placeholder-syntax -->\n{x} {{a}}'],
    ['disable-line', '{x} {{a}} <!-- dunlint-disable-line placeholder-syntax -->'],
    ['disable block', '<!-- dunlint-disable placeholder-syntax -->\n{x} {{a}}'],
    ['disable-file', '{x} {{a}}\n<!-- dunlint-disable-file -->'],
    ['an empty reason', '<!-- dunlint-disable-next-line placeholder-syntax -- -->\n{x} {{a}}'],
    ['"--" glued to the reason', '<!-- dunlint-disable-next-line placeholder-syntax --reason -->\n{x} {{a}}'],
  ])('%s: reported as invalid and silences nothing', (_name, body) => {
    const o = outcome(body);
    expect(o.suppressed).toEqual([]);
    expect(o.reported.map((r) => r[0]).sort()).toContain('invalid-directive');
    expect(o.reported.some((r) => r[0] === 'placeholder-syntax')).toBe(true);
    // A directive that silences nothing because it is invalid is not also reported as unused.
    expect(o.reported.some((r) => r[0] === 'unused-directive')).toBe(false);
  });

  it('the missing-reason problem covers the whole comment', () => {
    const r = run(`${FM}Hi <!-- dunlint-disable-line placeholder-syntax --> {x} {{a}}`);
    const invalid = r.messages.find((m) => m.ruleId === 'invalid-directive')!;
    expect([invalid.messageId, invalid.line, invalid.column, invalid.endColumn]).toEqual([
      'missingReason',
      BODY,
      4,
      52,
    ]);
  });
});

describe('suppressions in the lint result', () => {
  it('suppressed problems are not counted', () => {
    const r = run(`${FM}<!-- dunlint-disable-next-line placeholder-syntax -- r -->\n{x} {{a}}\n`);
    expect(r.messages).toEqual([]);
    expect([r.errorCount, r.warningCount, r.fixableErrorCount, r.fixableWarningCount]).toEqual([0, 0, 0, 0]);
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0]!.message).toBe('"{x}" uses single braces, so it will be sent as written. Write {{x}}.');
  });

  it('directives have no effect on rules that are off', () => {
    const o = outcome('<!-- dunlint-disable-next-line placeholder-syntax -- r -->\n{x}', ['placeholder-syntax']);
    expect(o).toEqual({ reported: [], suppressed: [['placeholder-syntax', BODY + 1, 'r', BODY]] });
  });

  it('an enable that names one rule ends the block of that rule only', () => {
    const o = outcome(
      '<!-- dunlint-disable placeholder-syntax, placeholder-undeclared -- legacy -->\na {a} {{y}}\n<!-- dunlint-enable placeholder-syntax -->\nb {a} {{z}}\n',
    );
    expect(o.reported).toEqual([['placeholder-syntax', 'singleBraces', BODY + 3]]);
    expect(o.suppressed.map(([id, line]) => [id, line])).toEqual([
      ['placeholder-syntax', BODY + 1],
      ['placeholder-undeclared', BODY + 1],
      ['placeholder-undeclared', BODY + 3],
    ]);
  });
});
