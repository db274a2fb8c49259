/**
 * Team patterns run on the linear-time engine (packages/core/src/content/linear-regexp.ts). It must
 * find exactly what V8 finds with the same expression: every built-in lexicon — phrase lexicons with
 * their `~word` inflections and `unless` clauses, and the required-content lexicons with every class
 * of the pattern language (<number>, <phone>, <url>…) — is compiled for both engines and run on its
 * examples and on a mixed text; the matches, their ranges and their stem groups must be identical.
 */
import { describe, expect, it } from 'vitest';
import { lexiconData } from '../../packages/core/src/generated/lexicons.js';
import { compilePhraseLexicon, builtinPhraseLexicon } from '../../packages/core/src/phrases/lexicon.js';
import { findPhrases } from '../../packages/core/src/phrases/match.js';
import { compilePatternSource, contentLexicon } from '../../packages/core/src/content/patterns.js';
import { LinearRegExp } from '../../packages/core/src/content/linear-regexp.js';
import { normalizeSnippet } from '../../packages/core/src/content/text.js';
import { LANGUAGES, type Language } from '@dunlint/core';

const PHRASE_RULES = Object.keys(lexiconData)
  .filter((id) => !id.startsWith('require-') && id !== '_negation')
  .sort();
const CONTENT_RULES = Object.keys(lexiconData)
  .filter((id) => id.startsWith('require-'))
  .sort();

/** Every match of a global expression: [start, end, groups]. */
function allMatches(
  re: { lastIndex: number; exec(t: string): { index: number; 0: string; groups?: object } | null },
  text: string,
) {
  const out: [number, number, string][] = [];
  re.lastIndex = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    out.push([m.index, m.index + m[0].length, JSON.stringify(m.groups ?? null)]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('the linear-time engine matches exactly like V8', () => {
  const phraseCases = PHRASE_RULES.flatMap((id) =>
    LANGUAGES.filter((lang) => (builtinPhraseLexicon(id, lang)?.entries ?? []).length > 0).map((lang: Language) => ({
      id,
      lang,
    })),
  );

  it.each(phraseCases.map((c) => [`${c.lang}/${c.id}`, c] as const))('phrase lexicon %s', (_name, { id, lang }) => {
    const lexicon = builtinPhraseLexicon(id, lang)!;
    const v8 = compilePhraseLexicon(lexicon, lang, id);
    const linear = compilePhraseLexicon(lexicon, lang, id, { linear: true });
    const examples = lexicon.entries.flatMap((e) => [...(e.examples?.match ?? []), ...(e.examples?.nomatch ?? [])]);
    const texts = [...examples, examples.join(' '), examples.join('. '), examples.join('\n')];
    for (const text of texts) {
      const content = normalizeSnippet(text);
      const show = (found: ReturnType<typeof findPhrases>) => found.map((f) => [f.entry.id, ...f.index]);
      expect(show(findPhrases(content, linear, lang)), text).toEqual(show(findPhrases(content, v8, lang)));
      for (const [i, entry] of v8.entries()) {
        expect(allMatches(linear[i]!.regex, content.text), `${entry.id} on ${text}`).toEqual(
          allMatches(entry.regex, content.text),
        );
      }
    }
  });

  const contentCases = CONTENT_RULES.flatMap((id) =>
    LANGUAGES.map((lang: Language) => ({ id, lang, lexicon: contentLexicon(id, lang)! })),
  );

  it.each(contentCases.map((c) => [`${c.lang}/${c.id}`, c] as const))('content lexicon %s', (_name, { lexicon }) => {
    const examples = lexicon.entries.flatMap((e) => [...(e.examples?.match ?? []), ...(e.examples?.nomatch ?? [])]);
    const texts = [...examples, examples.join(' '), examples.join('\n')].map((t) => normalizeSnippet(t).text);
    for (const entry of lexicon.entries) {
      const source = compilePatternSource(entry.pattern);
      const v8 = new RegExp(source, 'g');
      const linear = new LinearRegExp(source, 'g');
      for (const text of texts)
        expect(allMatches(linear, text), `${entry.id} on ${text}`).toEqual(allMatches(v8, text));
    }
  });
});
