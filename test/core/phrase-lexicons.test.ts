/**
 * The phrase lexicons of the tone and privacy rules (packages/core/src/lexicons/<lang>/<rule>.yaml,
 * every file that is not a required-content lexicon): each validates against the lexicon schema,
 * each entry compiles, finds every one of its `examples.match`, and the rule's whole lexicon stays
 * silent on every `examples.nomatch` (negations, reassurances, innocent look-alikes).
 */
import { describe, expect, it } from 'vitest';
import { lexiconData } from '../../packages/core/src/generated/lexicons.js';
import { builtinPhrases, builtinPhraseLexicon, checkPhraseLexicon } from '../../packages/core/src/phrases/lexicon.js';
import { findPhrases } from '../../packages/core/src/phrases/match.js';
import { normalizeSnippet } from '../../packages/core/src/content/text.js';
import { LANGUAGES, type Language } from '@dunlint/core';

const RULES = Object.keys(lexiconData)
  .filter((id) => !id.startsWith('require-') && !id.startsWith('_'))
  .sort();

const cases = RULES.flatMap((id) =>
  LANGUAGES.filter((lang) => lexiconData[id]?.[lang] !== undefined).map((lang: Language) => ({ id, lang })),
);

describe('phrase lexicons', () => {
  it('exist in en, es and pt for every phrase rule', () => {
    expect(RULES.length).toBeGreaterThan(0);
    for (const id of RULES)
      for (const lang of LANGUAGES) expect(lexiconData[id]?.[lang], `${lang}/${id}.yaml`).toBeDefined();
  });

  describe.each(cases.map((c) => [`${c.lang}/${c.id}`, c] as const))('%s', (_name, { id, lang }) => {
    const lexicon = builtinPhraseLexicon(id, lang)!;
    const all = builtinPhrases(id, lang);

    it('validates and compiles', () => {
      expect(() => checkPhraseLexicon(lexiconData[id]![lang], `${lang}/${id}.yaml`)).not.toThrow();
      for (const e of all) {
        expect(e.regex).toBeInstanceOf(RegExp);
        for (const u of e.unlessRegex) expect(u).toBeInstanceOf(RegExp);
      }
      expect(lexicon.entries.length).toBeGreaterThan(0);
      expect(all).toHaveLength(lexicon.entries.length);
      expect(new Set(lexicon.entries.map((e) => e.id)).size, 'entry ids are unique').toBe(lexicon.entries.length);
    });

    it.each(all.map((e) => [e.id, e] as const))('entry %s finds its examples and no false ones', (_id, entry) => {
      const match = entry.examples?.match ?? [];
      const nomatch = entry.examples?.nomatch ?? [];
      expect(match.length, 'every entry has a positive example').toBeGreaterThan(0);
      expect(nomatch.length, 'every entry has a negative example').toBeGreaterThan(0);
      for (const m of match)
        expect(findPhrases(normalizeSnippet(m), [entry], lang).length, `should match: ${m}`).toBeGreaterThan(0);
      for (const m of nomatch)
        expect(
          findPhrases(normalizeSnippet(m), all, lang).map(
            (f) => `${f.entry.id}: ${normalizeSnippet(m).text.slice(...f.index)}`,
          ),
          `should not match: ${m}`,
        ).toEqual([]);
    });
  });
});
