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

const wordIndexes = new WeakMap<ContentText, WordIndex>();
let wordTable: Uint8Array | undefined;

/** 1 for each UTF-16 unit in WORD_CHARS (ranges and single characters, all in the BMP). */
function wordCharTable(): Uint8Array {
  if (wordTable) return wordTable;
  const table = new Uint8Array(0x10000);
  const chars = WORD_CHARS.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  for (let i = 0; i < chars.length; i++) {
    const lo = chars.charCodeAt(i);
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      table.fill(1, lo, chars.charCodeAt(i + 2) + 1);
      i += 2;
    } else table[lo] = 1;
  }
  return (wordTable = table);
}

/**
 * The distinct words (maximal runs of WORD_CHARS) of `text`, sorted: the same list as
 * `[...new Set(text.match(/[WORD_CHARS]+/g))].sort()`, but a repeated word is recognised in an
 * open-addressing table by its hash and its characters in `text`, so only distinct words become
 * strings (a 200 KB body: ~35,000 words, a few hundred distinct).
 */
export function distinctWords(text: string): string[] {
  const isWord = wordCharTable();
  const words: string[] = [];
  let capacity = 64; // a power of two, at least twice the distinct words (grows)
  let hashes = new Int32Array(capacity);
  let starts = new Int32Array(capacity);
  let lengths = new Int32Array(capacity); // 0: empty slot
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isWord[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isWord[c] === 0) break;
      h = Math.imul(h ^ c, 0x01000193);
    }
    const length = i - start;
    let slot = h & (capacity - 1);
    for (;;) {
      const l = lengths[slot]!;
      if (l === 0) {
        hashes[slot] = h;
        starts[slot] = start;
        lengths[slot] = length;
        words.push(text.slice(start, i));
        break;
      }
      if (l === length && hashes[slot] === h) {
        const other = starts[slot]!;
        let k = 0;
        while (k < length && text.charCodeAt(other + k) === text.charCodeAt(start + k)) k++;
        if (k === length) break;
      }
      slot = (slot + 1) & (capacity - 1);
    }
    if (words.length * 2 > capacity) {
      // Rehash into a table twice as large.
      const [oldHashes, oldStarts, oldLengths] = [hashes, starts, lengths];
      capacity *= 2;
      hashes = new Int32Array(capacity);
      starts = new Int32Array(capacity);
      lengths = new Int32Array(capacity);
      for (let j = 0; j < oldLengths.length; j++) {
        if (oldLengths[j] === 0) continue;
        let to = oldHashes[j]! & (capacity - 1);
        while (lengths[to] !== 0) to = (to + 1) & (capacity - 1);
        hashes[to] = oldHashes[j]!;
        starts[to] = oldStarts[j]!;
        lengths[to] = oldLengths[j]!;
      }
    }
  }
  return words.sort();
}

/**
 * The distinct words of a content view, sorted, and which pairs of letters a-z start one of them:
 * an anchor whose first two letters start no word is rejected with one table look-up instead of a
 * binary search (most anchors of a lexicon are not in a given template). Built once per view.
 */
interface WordIndex {
  words: string[];
  /** `pairs[(a - 97) * 26 + (b - 97)]` is 1 when a word starts with the letters a, b. */
  pairs: Uint8Array;
}

function wordIndex(content: ContentText): WordIndex {
  let index = wordIndexes.get(content);
  if (!index) {
    const words = distinctWords(content.text);
    const pairs = new Uint8Array(26 * 26);
    for (const w of words) {
      const a = w.charCodeAt(0) - 97;
      const b = w.charCodeAt(1) - 97;
      if (a >= 0 && a < 26 && b >= 0 && b < 26) pairs[a * 26 + b] = 1;
    }
    index = { words, pairs };
    wordIndexes.set(content, index);
  }
  return index;
}

/** Whether some word of the index starts with `prefix` (anchors are whole words or word prefixes). */
function hasWordStartingWith({ words, pairs }: WordIndex, prefix: string): boolean {
  const a = prefix.charCodeAt(0) - 97;
  const b = prefix.charCodeAt(1) - 97;
  if (a >= 0 && a < 26 && b >= 0 && b < 26 && pairs[a * 26 + b] === 0) return false;
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
