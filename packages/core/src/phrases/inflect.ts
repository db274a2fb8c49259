/**
 * Inflection for the `~word` pattern token: "~arrest" matches arrest, arrests, arrested, arresting;
 * "~preso" matches preso, presa, presos, presas; "~demandar" matches demandaremos, demandado, …
 *
 * - English: the forms come from **compromise** (verb conjugation, noun plural; irregulars such as
 *   tell → told included); Spanish: from **es-compromise** (every tense of a verb) plus gender and
 *   number of nouns and adjectives; Portuguese has no generator of that quality, so it relies on
 *   the stemmer below.
 * - Every language also accepts any word with the same **Snowball stem** as the pattern word
 *   (checked after the regular expression matched, see `verifyStems`), which catches the forms a
 *   generator missed without matching look-alikes ("pres" is the stem of preso, not of presente).
 *
 * NLP libraries run only here, when a lexicon is compiled (once per word and language, cached):
 * never per document.
 */
import nlp from 'compromise';
import esNlp from 'es-compromise';
import snowball from 'snowball-stemmers';
import type { Language } from '../rules/api.js';
import { foldCase } from '../content/text.js';

const SNOWBALL: Record<Language, string> = { en: 'english', es: 'spanish', pt: 'portuguese' };
const stemmers = new Map<Language, { stem(word: string): string }>();

/** The Snowball stem of an (accent-folded, lower-case) word. */
export function stem(word: string, lang: Language): string {
  let s = stemmers.get(lang);
  if (!s) {
    s = snowball.newStemmer(SNOWBALL[lang]);
    stemmers.set(lang, s);
  }
  return foldCase(s.stem(foldCase(word)));
}

function values(v: unknown, out: Set<string>): void {
  if (typeof v === 'string') {
    if (v && !/\s/.test(v)) out.add(foldCase(v));
  } else if (v && typeof v === 'object') for (const x of Object.values(v)) values(x, out);
}

function englishForms(word: string): Set<string> {
  const out = new Set([word]);
  const asVerb = nlp(word);
  asVerb.tag('Verb');
  values(asVerb.verbs().conjugate()[0], out);
  const asNoun = nlp(word);
  asNoun.tag('Noun');
  values(asNoun.nouns().toPlural().text(), out);
  return out;
}

function spanishForms(word: string): Set<string> {
  const out = new Set([word]);
  if (/(ar|er|ir)$/.test(word)) {
    const asVerb = esNlp(word);
    asVerb.tag('Verb');
    values(asVerb.verbs().conjugate()[0], out);
  } else nominal(word, out);
  return out;
}

function portugueseForms(word: string): Set<string> {
  const out = new Set([word]);
  if (!/(ar|er|ir)$/.test(word)) nominal(word, out);
  return out;
}

/** Gender and number of a Spanish or Portuguese noun or adjective (folded spelling). */
function nominal(word: string, out: Set<string>): void {
  const m = /^(.*?)(o|a|os|as)$/.exec(word);
  if (m) for (const end of ['o', 'a', 'os', 'as']) out.add(m[1] + end);
  else if (word.endsWith('ao')) for (const end of ['oes', 'aos', 'aes']) out.add(word.slice(0, -2) + end);
  else if (word.endsWith('e')) out.add(`${word}s`);
  else if (/[lrnzd]$/.test(word)) out.add(word.endsWith('z') ? `${word.slice(0, -1)}ces` : `${word}es`);
  else if (!word.endsWith('s')) out.add(`${word}s`);
}

const FORMS: Record<Language, (word: string) => Set<string>> = {
  en: englishForms,
  es: spanishForms,
  pt: portugueseForms,
};

function escapeRe(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

let groupCounter = 0;
const cache = new Map<string, string>();

/**
 * The regular-expression source for `~word` in a language: the known forms, then any word that
 * starts with the stem inside a named group `s<n>_<stem>` that `verifyStems` checks.
 */
export function inflectionSource(word: string, lang: Language): string {
  const key = `${lang}\u0000${word}`;
  const forms =
    cache.get(key) ??
    [...FORMS[lang](foldCase(word))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|');
  cache.set(key, forms);
  const root = stem(word, lang);
  if (root.length < 4 || !/^[\p{L}]+$/u.test(root)) return forms;
  // A word much shorter than the pattern word is not one of its forms ("can" is not "cana").
  const minLength = Math.max(4, foldCase(word).length - 2);
  return `${forms}|(?<s${groupCounter++}_${root}_${minLength}>${escapeRe(root)}\\p{L}{0,10})`;
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
