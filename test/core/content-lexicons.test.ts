/**
 * The required-content lexicons (packages/core/src/lexicons/<lang>/require-*.yaml): every entry
 * compiles, matches each of its `examples.match` and none of its `examples.nomatch`; plus the pattern
 * language itself (packages/core/src/content/patterns.ts) and the content view it runs on.
 */
import { describe, expect, it } from 'vitest';
import { lexiconData } from '../../packages/core/src/generated/lexicons.js';
import { compilePattern, contentLexicon } from '../../packages/core/src/content/patterns.js';
import { fillSkeleton } from '../../packages/core/src/content/skeleton.js';
import { bodyContent, normalizeSnippet, originalRange } from '../../packages/core/src/content/text.js';
import { LANGUAGES, parseTemplate, type Language } from '@dunlint/core';

const RULES = Object.keys(lexiconData)
  .filter((id) => id.startsWith('require-'))
  .sort();

const matches = (pattern: string, snippet: string): boolean =>
  compilePattern(pattern).test(normalizeSnippet(snippet).text);

describe('required-content lexicons', () => {
  it('exist for every required-content rule in en, es and pt', () => {
    expect(RULES.length).toBe(10);
    for (const id of RULES)
      for (const lang of LANGUAGES) expect(contentLexicon(id, lang), `${lang}/${id}.yaml`).toBeDefined();
  });

  const entries = RULES.flatMap((id) =>
    LANGUAGES.flatMap((lang: Language) =>
      (contentLexicon(id, lang)?.entries ?? []).map((e) => ({ id, lang, entry: e })),
    ),
  );

  it.each(entries.map((x) => [`${x.lang}/${x.id} ${x.entry.id}`, x] as const))('%s', (_name, { entry }) => {
    const re = compilePattern(entry.pattern);
    const match = entry.examples?.match ?? [];
    const nomatch = entry.examples?.nomatch ?? [];
    expect(match.length, 'every entry has at least one positive example').toBeGreaterThan(0);
    expect(nomatch.length, 'every entry has at least one negative example').toBeGreaterThan(0);
    for (const m of match) expect(re.test(normalizeSnippet(m).text), `should match: ${m}`).toBe(true);
    for (const m of nomatch) expect(re.test(normalizeSnippet(m).text), `should not match: ${m}`).toBe(false);
  });

  it('entry ids are unique per lexicon', () => {
    for (const id of RULES)
      for (const lang of LANGUAGES) {
        const ids = (contentLexicon(id, lang)?.entries ?? []).map((e) => e.id);
        expect(new Set(ids).size, `${lang}/${id}`).toBe(ids.length);
      }
  });

  it('skeleton sentences fill their slots from the template', () => {
    for (const id of RULES)
      for (const lang of LANGUAGES) {
        const skeletons = contentLexicon(id, lang)?.skeletons ?? {};
        expect(Object.keys(skeletons).length, `${lang}/${id} has skeletons`).toBeGreaterThan(0);
        for (const s of Object.values(skeletons)) expect(s).not.toMatch(/\[\[(?![^\]]*\]\])/);
      }
  });
});

describe('content pattern language', () => {
  it.each([
    ['accents and case are ignored', 'accion judicial', 'ACCIÓN judicial', true],
    ['words are whole', 'pay', 'payment', false],
    ['prefix wildcard', 'collect*', 'collection', true],
    ['alternatives', 'reply (stop|end)', 'reply END', true],
    ['optional words', 'reply [with] stop', 'reply with STOP', true],
    ['a space allows light punctuation', 'reply stop', 'reply "STOP"', true],
    ['a space does not cross a sentence end', 'reply stop', 'Please reply. Stop worrying.', false],
    ['gap within a sentence', 'attempt ... debt', 'an attempt to collect a debt', true],
    ['gap does not cross a sentence end', 'attempt ... debt', 'an attempt. The debt', false],
    ['gap allows a dot inside a number', 'owe ... now', 'you owe 1.234,56 now', true],
    ['adjacency without a space', '<year>-<month>-<day>', '2026-11-30', true],
    ['typed placeholder', 'of {{money}}', 'of {{amount:money}}', true],
    ['typed placeholder, other type', 'of {{money}}', 'of {{amount:string}}', false],
    ['namespace placeholder', 'from {{creditor.name}}', 'from {{creditor.name}}', true],
    ['namespace wildcard', '{{contact.*}}', 'call {{contact.phone}}', true],
    ['any placeholder', 'is this {{any}}', 'is this {{x}}', true],
    ['words never match inside a placeholder', 'unsubscribe', 'see {{unsubscribe_link:url}}', false],
    ['escaped syntax character', 'a \\( b', 'a ( b', true],
  ])('%s', (_name, pattern, text, expected) => {
    expect(matches(pattern, text)).toBe(expected);
  });

  it.each(['(a|b', 'a]', '<nope>', '{{nope}}', '{{a', ''])('rejects %j with a readable error', (pattern) => {
    expect(() => compilePattern(pattern)).toThrow(/invalid content pattern/);
  });
});

describe('content view of a template body', () => {
  const doc = parseTemplate(
    '---\nid: x\nvariables:\n  amount: { type: money, sample: "$1" }\ncreditor: { name: Açme }\n---\nOlá  <!-- c -->\n\nAÇÃO {{amount}} {{creditor.name}} {{who}}\n',
  );
  const content = bodyContent(doc);

  it('folds accents and case, collapses white space, keeps paragraph breaks, hides comments', () => {
    expect(content.text).toBe('ola\nacao {{var:money:amount}} {{ns:creditor.name}} {{var:unknown:who}} ');
  });

  it('maps every character back to the document', () => {
    const i = content.text.indexOf('{{var:money');
    const [s, e] = originalRange(content, i, i + '{{var:money:amount}}'.length);
    expect(doc.text.slice(s, e)).toBe('{{amount}}');
    const j = content.text.indexOf('acao');
    expect(doc.text.slice(...originalRange(content, j, j + 4))).toBe('AÇÃO');
  });

  it('fills skeleton slots with existing placeholders, else with blanks to fill', () => {
    expect(
      fillSkeleton(
        '[[money|amount]] / [[creditor.name|creditor]] / [[date|due date]] / [[person|name]]',
        doc,
        doc.frontMatter!.data,
      ),
    ).toBe('{{amount}} / {{creditor.name}} / [due date] / [name]');
  });
});
