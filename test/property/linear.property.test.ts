/**
 * The linear-time engine that runs team patterns (packages/core/src/content/linear-regexp.ts) against
 * V8, on generated texts: for a built-in phrase entry picked at random, a text made of generated
 * prose (arbitraries.ts) mixed with pieces of the entry's own examples must give the same matches —
 * ranges, stem groups, and what the phrase matcher keeps after negation and `unless` — with both
 * engines. `FUZZ_RUNS` raises the number of runs (`npm run fuzz`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexiconData } from '../../packages/core/src/generated/lexicons.js';
import {
  builtinPhraseLexicon,
  compilePhraseLexicon,
  type CompiledPhrase,
} from '../../packages/core/src/phrases/lexicon.js';
import { findPhrases } from '../../packages/core/src/phrases/match.js';
import { normalizeSnippet } from '../../packages/core/src/content/text.js';
import { LANGUAGES, type Language } from '@dunlint/core';
import { body } from './arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const TIMEOUT = Math.max(30_000, RUNS * 200);

interface Pair {
  lang: Language;
  v8: CompiledPhrase;
  linear: CompiledPhrase;
  pieces: string[];
}

const cases: { id: string; lang: Language }[] = Object.keys(lexiconData)
  .filter((id) => !id.startsWith('require-') && id !== '_negation')
  .flatMap((id) =>
    LANGUAGES.filter((lang) => (builtinPhraseLexicon(id, lang)?.entries?.length ?? 0) > 0).map((lang) => ({
      id,
      lang,
    })),
  );
const compiled = new Map<string, Pair[]>();

/** Both compilations of a lexicon's entries (built when first drawn). */
function pairs(id: string, lang: Language): Pair[] {
  const key = `${lang}/${id}`;
  let hit = compiled.get(key);
  if (!hit) {
    const lexicon = builtinPhraseLexicon(id, lang)!;
    const v8 = compilePhraseLexicon(lexicon, lang, key);
    const linear = compilePhraseLexicon(lexicon, lang, key, { linear: true });
    hit = v8.map((e, i) => ({
      lang,
      v8: e,
      linear: linear[i]!,
      // Pieces of the examples: words and word pairs, so that texts come close to matching.
      pieces: [...(e.examples?.match ?? []), ...(e.examples?.nomatch ?? [])].flatMap((x) => {
        const words = x.split(/\s+/);
        return [x, ...words, ...words.slice(1).map((w, j) => `${words[j]} ${w}`)];
      }),
    }));
    compiled.set(key, hit);
  }
  return hit;
}

function allMatches(re: CompiledPhrase['regex'], text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  re.lastIndex = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    out.push([m.index, m.index + m[0].length, JSON.stringify(m.groups ?? null)]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const drawn = fc
  .record({ which: fc.nat(), entry: fc.nat(), prose: body, picks: fc.array(fc.nat(), { maxLength: 8 }) })
  .map(({ which, entry, prose, picks }) => {
    const { id, lang } = cases[which % cases.length]!;
    const all = pairs(id, lang);
    const pair = all[entry % all.length]!;
    const words = prose.split(' ');
    // Interleave the prose with pieces of the entry's examples.
    const text = picks.reduce((acc, p, i) => {
      const at = Math.floor((acc.length * i) / (picks.length + 1));
      return `${acc.slice(0, at)} ${pair.pieces[p % pair.pieces.length]} ${acc.slice(at)}`;
    }, words.join(' '));
    return { pair, text };
  });

describe('the linear-time engine, on generated texts', () => {
  it('finds exactly what V8 finds', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(drawn, ({ pair, text }) => {
        const content = normalizeSnippet(text);
        expect(allMatches(pair.linear.regex, content.text)).toEqual(allMatches(pair.v8.regex, content.text));
        const kept = (e: CompiledPhrase) => findPhrases(content, [e], pair.lang).map((f) => f.index);
        expect(kept(pair.linear)).toEqual(kept(pair.v8));
      }),
      { numRuns: RUNS },
    );
  });
});
