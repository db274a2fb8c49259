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

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
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
    let m: RegExpExecArray | null;
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
      if (entry.negatable && isNegated(text, start, end, lang)) continue;
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
