/**
 * The data of generated/patterns.ts, computed by scripts/precompile.mjs at build time (never at run
 * time): every pattern of the built-in lexicons compiled as the run-time code would compile it.
 */
import { lexiconData } from '../generated/lexicons.js';
import { inflectionSource } from '../phrases/inflect.js';
import { LANGUAGES, type Language } from '../rules/api.js';
import { compilePatternParts, compilePatternSource } from './patterns.js';
import type { PrecompiledPatterns } from './precompiled.js';
import { WORD_CHARS, WORD_CHARS_MARK } from './word-chars.js';

const shrink = (source: string) => {
  if (source.includes(WORD_CHARS_MARK)) throw new Error('a pattern holds the WORD_CHARS mark');
  return source.replaceAll(WORD_CHARS, WORD_CHARS_MARK);
};

/** Lexicons of the phrase engine (the rest are required-content lexicons or plain word lists). */
const isPhraseLexicon = (id: string) => id.startsWith('no-') || id === '_debt-details';
const isContentLexicon = (id: string) => id.startsWith('require-');

function entriesOf(raw: unknown): { pattern?: unknown; unless?: unknown }[] {
  const entries = (raw as { entries?: unknown } | undefined)?.entries;
  return Array.isArray(entries) ? (entries as { pattern?: unknown; unless?: unknown }[]) : [];
}

export function precompilePatterns(): PrecompiledPatterns {
  const phrases: Partial<Record<Language, Record<string, [string, string[] | null]>>> = {};
  const content: Record<string, string> = {};
  for (const [id, byLang] of Object.entries(lexiconData)) {
    for (const lang of LANGUAGES) {
      const raw = (byLang as Partial<Record<Language, unknown>>)[lang];
      for (const entry of entriesOf(raw)) {
        if (isPhraseLexicon(id)) {
          const inflect = (word: string) => inflectionSource(word, lang);
          const unless = Array.isArray(entry.unless) ? entry.unless : [];
          for (const pattern of [entry.pattern, ...unless]) {
            if (typeof pattern !== 'string') continue;
            const { source, anchors } = compilePatternParts(pattern, inflect);
            (phrases[lang] ??= {})[pattern] = [shrink(source), anchors ?? null];
          }
        } else if (isContentLexicon(id) && typeof entry.pattern === 'string') {
          content[entry.pattern] = shrink(compilePatternSource(entry.pattern));
        }
      }
    }
  }
  const out: PrecompiledPatterns = { phrases: {}, content: JSON.stringify(content) };
  for (const lang of LANGUAGES) if (phrases[lang]) out.phrases[lang] = JSON.stringify(phrases[lang]);
  return out;
}
