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
   * `<lang>\0<pattern>` → [regex source, anchors or null] (phrase lexicons: `~word` inflected in that
   * language). In the sources, WORD_CHARS_MARK stands for WORD_CHARS.
   */
  phrases: Record<string, [string, string[] | null]>;
  /** pattern → regex source (required-content lexicons: no inflection). */
  content: Record<string, string>;
}

const has = Object.prototype.hasOwnProperty;
const expand = (source: string) => source.replaceAll(WORD_CHARS_MARK, WORD_CHARS);

/** The precompiled parts of a phrase pattern in a language, if the build compiled it. */
export function precompiledPhrase(
  pattern: string,
  lang: Language,
): { source: string; anchors: string[] | undefined } | undefined {
  const key = `${lang}\u0000${pattern}`;
  if (!has.call(precompiledPatterns.phrases, key)) return undefined;
  const [source, anchors] = precompiledPatterns.phrases[key]!;
  return { source: expand(source), anchors: anchors ?? undefined };
}

/** The precompiled regex source of a required-content pattern, if the build compiled it. */
export function precompiledContent(pattern: string): string | undefined {
  return has.call(precompiledPatterns.content, pattern) ? expand(precompiledPatterns.content[pattern]!) : undefined;
}
