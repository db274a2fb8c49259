/** scanPlaceholders / isPlaceholderName (packages/core/src/document/placeholders.ts). */
import { isPlaceholderName, parseTemplate, scanPlaceholders } from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const scan = (text: string, skip: [number, number][] = []) => scanPlaceholders(text, 0, text.length, 'body', skip);
const malformed = (text: string) =>
  scan(text).malformed.map(({ kind, raw, suggestion }) => ({ kind, raw, suggestion }));

describe('scanPlaceholders: well-formed', () => {
  it('finds names, dotted paths and positional numbers with their ranges', () => {
    const text = 'Hi {{debtor_name}}, {{ creditor.name }} and {{1}}.';
    const { placeholders, malformed: bad } = scan(text);
    expect(bad).toEqual([]);
    expect(
      placeholders.map((p) => [p.name, p.path, text.slice(...p.range), text.slice(...p.nameRange), p.where]),
    ).toEqual([
      ['debtor_name', ['debtor_name'], '{{debtor_name}}', 'debtor_name', 'body'],
      ['creditor.name', ['creditor', 'name'], '{{ creditor.name }}', 'creditor.name', 'body'],
      ['1', ['1'], '{{1}}', '1', 'body'],
    ]);
  });

  it('returns absolute offsets when scanning part of a text, and tags where it was found', () => {
    const text = 'xxxx{{a}} {{b}}';
    const { placeholders } = scanPlaceholders(text, 4, 9, 'email.subject');
    expect(placeholders).toEqual([
      { name: 'a', path: ['a'], range: [4, 9], nameRange: [6, 7], where: 'email.subject' },
    ]);
  });

  it('skips ranges (HTML comments) that overlap a match', () => {
    const text = '<!-- {{a} --> {{b}}';
    const r = scan(text, [[0, 13]]);
    expect(r.malformed).toEqual([]);
    expect(r.placeholders.map((p) => p.name)).toEqual(['b']);
  });

  it('ignores braces around prose that is not a name', () => {
    expect(scan('See {the note below} and {"a": 1} and {a b}.')).toEqual({ placeholders: [], malformed: [] });
  });

  it('does not match across a line break', () => {
    const r = scan('{{a\n}}');
    expect(r.placeholders).toEqual([]);
    expect(r.malformed.map((m) => m.kind)).toEqual(['unclosed', 'unopened']);
  });
});

describe('scanPlaceholders: each malformed kind', () => {
  it('unclosed: {{name} and a lone {{ followed by a name', () => {
    expect(malformed('{{amount}')).toEqual([{ kind: 'unclosed', raw: '{{amount}', suggestion: '{{amount}}' }]);
    expect(malformed('pay {{ amount now')).toEqual([{ kind: 'unclosed', raw: '{{ amount', suggestion: '{{amount}}' }]);
  });

  it('unclosed: a lone {{ with nothing after it has no suggestion', () => {
    const r = scan('pay {{');
    expect(r.malformed).toEqual([{ kind: 'unclosed', range: [4, 6], raw: '{{', where: 'body' }]);
  });

  it('unopened: {name}} and a lone }}', () => {
    expect(malformed('{amount}}')).toEqual([{ kind: 'unopened', raw: '{amount}}', suggestion: '{{amount}}' }]);
    expect(malformed('done }}')).toEqual([{ kind: 'unopened', raw: '}}', suggestion: undefined }]);
  });

  it('singleBraces: {name}', () => {
    const r = scan('Hi {debtor_name}!');
    expect(r.malformed).toEqual([
      { kind: 'singleBraces', range: [3, 16], raw: '{debtor_name}', suggestion: '{{debtor_name}}', where: 'body' },
    ]);
  });

  it('empty: {{ }} and {{}}', () => {
    expect(malformed('{{ }} {{}}')).toEqual([
      { kind: 'empty', raw: '{{ }}', suggestion: undefined },
      { kind: 'empty', raw: '{{}}', suggestion: undefined },
    ]);
  });

  it('invalidName: spaces (joined with "_"), bad characters, triple braces', () => {
    expect(malformed('{{amo unt}}')).toEqual([{ kind: 'invalidName', raw: '{{amo unt}}', suggestion: '{{amo_unt}}' }]);
    expect(malformed('{{a..b}}')).toEqual([{ kind: 'invalidName', raw: '{{a..b}}', suggestion: undefined }]);
    expect(malformed('{{valor-total}}')).toEqual([
      { kind: 'invalidName', raw: '{{valor-total}}', suggestion: undefined },
    ]);
    expect(malformed('{{1a}}')).toEqual([{ kind: 'invalidName', raw: '{{1a}}', suggestion: undefined }]);
    expect(malformed('{{{amount}}}')).toEqual([{ kind: 'invalidName', raw: '{{{amount}}}', suggestion: '{{amount}}' }]);
  });

  it('reports several problems on one line in order, with exact ranges', () => {
    const text = 'Hi {{debtor_name}, you owe {amount}}. {{ }}';
    const r = scan(text);
    expect(r.malformed.map((m) => [m.kind, m.range, text.slice(...m.range)])).toEqual([
      ['unclosed', [3, 17], '{{debtor_name}'],
      ['unopened', [27, 36], '{amount}}'],
      ['empty', [38, 43], '{{ }}'],
    ]);
  });

  it('parseTemplate scans the body and the rendered front-matter strings, not other keys', () => {
    const doc = parseTemplate(
      [
        '---',
        'id: x',
        'email: { subject: "Hi {{a}", preheader: "{b}" }',
        'whatsapp: { header: "{{ }}", footer: "{{c}}" }',
        'meta: { note: "{{not_scanned}" }',
        '---',
        '<!-- {{ignored} -->{{d}}',
      ].join('\n'),
    );
    expect(doc.placeholders.map((p) => [p.name, p.where])).toEqual([
      ['d', 'body'],
      ['c', 'whatsapp.footer'],
    ]);
    expect(doc.malformedPlaceholders.map((m) => [m.kind, m.raw, m.where])).toEqual([
      ['unclosed', '{{a}', 'email.subject'],
      ['singleBraces', '{b}', 'email.preheader'],
      ['empty', '{{ }}', 'whatsapp.header'],
    ]);
  });
});

describe('isPlaceholderName', () => {
  it.each([
    ['debtor_name', true],
    ['_private', true],
    ['creditor.name', true],
    ['a.b.c', true],
    ['1', true],
    ['10', true],
    ['amo unt', false],
    ['a..b', false],
    ['.a', false],
    ['a.', false],
    ['1a', false],
    ['valor-total', false],
    ['', false],
    ['ação', false],
  ])('%j -> %s', (name, ok) => {
    expect(isPlaceholderName(name)).toBe(ok);
  });
});
