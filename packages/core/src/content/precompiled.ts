/**
 * Patterns compiled at build time (scripts/precompile.mjs → generated/patterns.ts): the
 * regular-expression source and pre-filter anchors of every built-in lexicon pattern, so a process
 * neither tokenizes patterns nor inflects words at start-up. Looked up by the pattern's text: a
 * pattern that is not there (a team lexicon, a stale build) is compiled at run time as before.
 */
import { precompiledPatterns } from '../generated/patterns.js';
import type { Language } from '../rules/api.js';
import { WORD_CHARS, WORD_CHARS_MARK } from './word-chars.js';

export interface PrecompiledPatterns {
  /**
   * Per language, the JSON of `{ "<pattern>": [regex source, anchors or null] }` for the phrase
   * lexicons (`~word` inflected in that language). JSON text, parsed on first use: a process that
   * lints Portuguese never parses the English table. In the sources, WORD_CHARS_MARK stands for WORD_CHARS.
   */
  phrases: Partial<Record<Language, string>>;
  /** The JSON of `{ "<pattern>": regex source }` for the required-content lexicons (no inflection). */
  content: string;
}

const has = Object.prototype.hasOwnProperty;
const expand = (source: string) => source.replaceAll(WORD_CHARS_MARK, WORD_CHARS);
const phraseTables = new Map<Language, Record<string, [string, string[] | null]>>();
let contentTable: Record<string, string> | undefined;

function phraseTable(lang: Language): Record<string, [string, string[] | null]> {
  let table = phraseTables.get(lang);
  if (!table) {
    const json = precompiledPatterns.phrases[lang];
    table = json ? (JSON.parse(json) as Record<string, [string, string[] | null]>) : {};
    phraseTables.set(lang, table);
  }
  return table;
}

/** The precompiled parts of a phrase pattern in a language, if the build compiled it. */
export function precompiledPhrase(
  pattern: string,
  lang: Language,
): { source: string; anchors: string[] | undefined } | undefined {
  const table = phraseTable(lang);
  if (!has.call(table, pattern)) return undefined;
  const [source, anchors] = table[pattern]!;
  return { source: expand(source), anchors: anchors ?? undefined };
}

/** The precompiled regex source of a required-content pattern, if the build compiled it. */
export function precompiledContent(pattern: string): string | undefined {
  contentTable ??= precompiledPatterns.content
    ? (JSON.parse(precompiledPatterns.content) as Record<string, string>)
    : {};
  return has.call(contentTable, pattern) ? expand(contentTable[pattern]!) : undefined;
}
