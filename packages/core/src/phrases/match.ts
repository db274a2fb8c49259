/**
 * Finds phrase-lexicon matches in a content view (content/text.ts): accent- and case-folded text in
 * which placeholders are typed tokens. A match counts when its `~word` stems check out, it is not
 * negated (negation.ts) and none of its entry's `unless` patterns occur in the same sentence.
 * Overlapping matches keep the earliest, then the longest.
 */
import type { Language } from '../rules/api.js';
import type { OffsetRange } from '../types.js';
import { originalRange, type ContentText } from '../content/text.js';
import { WORD_CHARS } from '../content/patterns.js';
import { verifyStems } from './inflect.js';
import type { CompiledPhrase } from './lexicon.js';
import { isNegated } from './negation.js';

export interface PhraseMatch {
  entry: CompiledPhrase;
  /** Range in the content view. */
  index: [number, number];
  /** Range in the original document. */
  range: OffsetRange;
}

/**
 * How much text around a match its negation and `unless` checks read: the clause before it, the
 * sentence around it, but never more than this many characters on either side, so that a hostile
 * "sentence" of a million characters without a full stop costs each match a bounded amount of work.
 */
export const CONTEXT_LIMIT = 400;

/** `from` moved forward to the start of a word (a cut never leaves half a word behind). */
function wordStart(text: string, from: number, limit: number): number {
  if (from === 0) return 0;
  const space = text.slice(from, limit).search(/\s/);
  return space === -1 ? limit : from + space + 1;
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  const floor = wordStart(text, Math.max(0, start - CONTEXT_LIMIT), start);
  let s = start;
  while (s > floor && !/[.!?\n]/.test(text[s - 1]!)) s--;
  const ceiling = Math.min(text.length, end + CONTEXT_LIMIT);
  let e = end;
  while (e < ceiling && !/[.!?\n]/.test(text[e]!)) e++;
  return [s, Math.min(text.length, e + 1)];
}

const wordIndexes = new WeakMap<ContentText, string[]>();
let WORD: RegExp | undefined;

/** The distinct words of a content view, sorted (built once per view). */
function wordIndex(content: ContentText): string[] {
  let words = wordIndexes.get(content);
  if (!words) {
    WORD ??= new RegExp(`[${WORD_CHARS}]+`, 'g');
    words = [...new Set(content.text.match(WORD) ?? [])].sort();
    wordIndexes.set(content, words);
  }
  return words;
}

/** Whether some word of the sorted list starts with `prefix` (anchors are whole words or word prefixes). */
function hasWordStartingWith(words: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo]!.startsWith(prefix);
}

/** Every counted match of `entries` in `content`, in document order, without overlaps. */
export function findPhrases(content: ContentText, entries: readonly CompiledPhrase[], lang: Language): PhraseMatch[] {
  const text = content.text;
  const words = wordIndex(content);
  const found: PhraseMatch[] = [];
  for (const entry of entries) {
    // Pre-filter: a pattern whose required words are absent cannot match (and its regex is never built).
    if (entry.anchors && !entry.anchors.some((a) => hasWordStartingWith(words, a))) continue;
    const re = entry.regex;
    re.lastIndex = 0;
    let m: ReturnType<typeof re.exec>;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      let end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // Trailing separators are not part of the phrase.
      while (end > start && /[\s,;:'"()\-/*]/.test(text[end - 1]!)) end--;
      if (!verifyStems(m.groups, lang)) {
        re.lastIndex = start + 1;
        continue;
      }
      if (entry.negatable) {
        const from = wordStart(text, Math.max(0, start - CONTEXT_LIMIT), start);
        if (isNegated(text.slice(from, end), start - from, end - from, lang)) continue;
      }
      if (entry.unlessRegex.length > 0) {
        const [s, e] = sentenceAround(text, start, end);
        const sentence = text.slice(s, e);
        if (entry.unlessRegex.some((u) => u.test(sentence))) continue;
      }
      found.push({ entry, index: [start, end], range: originalRange(content, start, end) });
    }
  }
  found.sort((a, b) => a.index[0] - b.index[0] || b.index[1] - a.index[1]);
  const out: PhraseMatch[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.index[0] < last.index[1]) continue;
    out.push(f);
  }
  return out;
}
