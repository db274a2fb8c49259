/**
 * Inflection for the `~word` pattern token: "~arrest" matches arrest, arrests, arrested, arresting;
 * "~preso" matches preso, presa, presos, presas; "~demandar" matches demandaremos, demandado, …
 *
 * - The verb and plural forms of every `~word` in the built-in lexicons are computed at build time
 *   (scripts/inflections.mjs: **compromise** for English, **es-compromise** for Spanish) into
 *   generated/inflections.ts: no NLP model loads at run time. Gender and number of Spanish and
 *   Portuguese nouns and adjectives are added here, for built-in and team words alike.
 * - Every language also accepts any word with the same **Snowball stem** as the pattern word
 *   (checked after the regular expression matched, see `verifyStems`), which catches the forms a
 *   generator missed — Portuguese verb forms above all — without matching look-alikes ("pres" is the
 *   stem of preso, not of presente).
 */
import snowball from 'snowball-stemmers';
import { inflectionData } from '../generated/inflections.js';
import type { Language } from '../rules/api.js';
import { foldCase } from '../content/text.js';
import { escapeRe, WORD_CHARS } from '../content/patterns.js';

const SNOWBALL: Record<Language, string> = { en: 'english', es: 'spanish', pt: 'portuguese' };
const stemmers = new Map<Language, { stem(word: string): string }>();

/** Stems already computed, per language and word (the same few words match again and again). */
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

/** The Snowball stem of an (accent-folded, lower-case) word. */
export function stem(word: string, lang: Language): string {
  const key = `${lang}:${word}`;
  const hit = stemCache.get(key);
  if (hit !== undefined) return hit;
  let s = stemmers.get(lang);
  if (!s) {
    s = snowball.newStemmer(SNOWBALL[lang]);
    stemmers.set(lang, s);
  }
  const result = foldCase(s.stem(foldCase(word)));
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(key, result);
  return result;
}

/** Gender and number of a Spanish or Portuguese noun or adjective (folded spelling). */
function nominal(word: string): string[] {
  const m = /^(.*?)(o|a|os|as)$/.exec(word);
  if (m) return ['o', 'a', 'os', 'as'].map((end) => m[1] + end);
  if (word.endsWith('ao')) return ['oes', 'aos', 'aes'].map((end) => word.slice(0, -2) + end);
  if (word.endsWith('e')) return [`${word}s`];
  if (/[lrnzd]$/.test(word)) return [word.endsWith('z') ? `${word.slice(0, -1)}ces` : `${word}es`];
  return word.endsWith('s') ? [] : [`${word}s`];
}

/** The forms of a folded word: the build-time table (or the word itself), plus gender and number. */
export function forms(word: string, lang: Language): string[] {
  const generated = inflectionData[lang]?.[word] ?? [word];
  return [...new Set([...generated, ...(lang === 'en' || /(ar|er|ir)$/.test(word) ? [] : nominal(word))])];
}

let groupCounter = 0;

/**
 * The regular-expression source for `~word` in a language: the known forms, then any word that
 * starts with the stem inside a named group `s<n>_<stem>_<min length>` that `verifyStems` checks;
 * and the anchors (substrings one of which a matching text contains) for the pre-filter.
 */
export function inflectionSource(word: string, lang: Language): { re: string; anchors: string[] } {
  const folded = foldCase(word);
  const all = forms(folded, lang).sort((a, b) => b.length - a.length);
  const alternatives = all.map(escapeRe).join('|');
  const root = stem(folded, lang);
  if (root.length < 4 || !/^[\p{L}]+$/u.test(root)) return { re: alternatives, anchors: all };
  // A word much shorter than the pattern word is not one of its forms ("can" is not "cana").
  const minLength = Math.max(4, folded.length - 2);
  return {
    re: `${alternatives}|(?<s${groupCounter++}_${root}_${minLength}>${escapeRe(root)}[${WORD_CHARS}]{0,10})`,
    anchors: [root, ...all.filter((f) => !f.startsWith(root))],
  };
}

/** Whether every `~word` group that took part in a match has the stem its name asks for. */
export function verifyStems(groups: Record<string, string | undefined> | undefined, lang: Language): boolean {
  if (!groups) return true;
  for (const [name, value] of Object.entries(groups)) {
    if (value === undefined || !name.startsWith('s')) continue;
    const [, want, minLength] = name.split('_');
    if (value.length < Number(minLength) || stem(value, lang) !== want) return false;
  }
  return true;
}
