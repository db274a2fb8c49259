import type { OffsetRange } from '../types.js';
import type { TemplateDocument } from '../document/parse.js';
import { declaredVariables } from '../document/variables.js';

/**
 * The normalised "content view" of a template body, which the required-content rules search:
 *
 * - accents are removed and letters lower-cased (NFD, combining marks stripped): "Acción" -> "accion";
 * - runs of white space become one space, and a blank line (a paragraph break) becomes "\n";
 * - HTML comments (directives) become one space;
 * - each placeholder becomes a token that says what it is, never its name as prose:
 *   `{{var:<type>:<name>}}` for a variable (`type` from `variables:`, `unknown` when undeclared or
 *   untyped), `{{ns:<path>}}` for a front-matter path such as `{{ns:creditor.name}}`.
 *
 * Every character of `text` remembers the original range it came from, so a match can be mapped back.
 */
export interface ContentText {
  readonly text: string;
  /** Original start offset of each character (UTF-16 unit) of `text`. */
  readonly starts: Int32Array<ArrayBuffer>;
  /** Original end offset of each character (UTF-16 unit) of `text`. */
  readonly ends: Int32Array<ArrayBuffer>;
}

/** A part of the original text that is replaced by a fixed token. */
export interface ContentToken {
  range: OffsetRange;
  token: string;
}

/** Front-matter sections that placeholders may read with a dotted path. */
export const CONTENT_NAMESPACES: readonly string[] = ['creditor', 'collector', 'contact'];

/** The token for a variable placeholder. */
export function variableToken(type: string | undefined, name: string): string {
  return `{{var:${(type ?? 'unknown').toLowerCase()}:${name.toLowerCase()}}}`;
}

/** The token for a front-matter path placeholder. */
export function namespaceToken(path: string): string {
  return `{{ns:${path.toLowerCase()}}}`;
}

/** Lower-cases and strips accents from one piece of text (no white-space handling). */
export function foldCase(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

const SPACE = /\s/u;
/** Whether the UTF-16 unit is white space (the ASCII ones without a regular expression). */
const isSpace = (code: number, ch: string): boolean =>
  code === 32 ||
  code === 10 ||
  code === 13 ||
  code === 9 ||
  (code > 127 && SPACE.test(ch)) ||
  code === 11 ||
  code === 12;
/** Folded forms of the non-ASCII characters met so far (a text uses few of them, many times). */
const folds = new Map<string, string>();
const foldChar = (ch: string): string => {
  let f = folds.get(ch);
  if (f === undefined) {
    f = foldCase(ch);
    if (folds.size < 4096) folds.set(ch, f);
  }
  return f;
};
/** ASCII characters that fold to themselves or to their lower case: not a space, not a control character. */
const isPlainAscii = (code: number): boolean => code > 32 && code < 127;

/** Grows a typed array (doubling) so it holds at least `need` items. */
function grow<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Whether a Uint16Array's bytes are little-endian UTF-16 (every common platform). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** The WHATWG decoder (Node, browsers); the core is compiled without DOM or Node types. */
interface Utf16Decoder {
  decode(input: Uint8Array): string;
}
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => Utf16Decoder;
/** A strict UTF-16LE decoder (it throws on a lone surrogate), `null` when the platform has none. */
let utf16: Utf16Decoder | null | undefined;

/** The string of UTF-16 units `units[0, n)` (lone surrogates kept as they are). */
function unitsToString(units: Uint16Array<ArrayBuffer>, n: number): string {
  if (utf16 === undefined) {
    try {
      utf16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }) : null;
    } catch {
      utf16 = null;
    }
  }
  if (utf16) {
    try {
      // One native copy, and a one-byte string when the text allows it.
      return utf16.decode(new Uint8Array(units.buffer, units.byteOffset, n * 2));
    } catch {
      // A lone surrogate: the decoder would replace it, so the units are copied as they are below.
    }
  }
  const parts: string[] = [];
  // `apply` with a typed array, in slices that stay far below any engine's argument limit.
  for (let i = 0; i < n; i += 8192)
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]));
  return parts.join('');
}

/** The folded text's units, reused from call to call (they become a string before the call returns). */
let scratch = new Uint16Array(4096);

/**
 * Builds the content view of `source[from, to)`; `tokens` replace their ranges, `skip` ranges become a space.
 * The folded text is written unit by unit into a typed array, with the offsets beside it, and turned
 * into a string once: a 200 KB body takes a few milliseconds.
 */
export function normalizeContent(
  source: string,
  from: number,
  to: number,
  tokens: readonly ContentToken[] = [],
  skip: readonly OffsetRange[] = [],
): ContentText {
  const marks: readonly ContentToken[] = [...tokens, ...skip.map((r) => ({ range: r, token: ' ' }))]
    .filter((m) => m.range[1] > from && m.range[0] < to)
    .sort((a, b) => a.range[0] - b.range[0]);
  // Room for the text and every token; only a character that folds to more units than it has needs more.
  let initial = to - from + 16;
  for (const m of marks) initial += m.token.length;
  if (scratch.length < initial) scratch = new Uint16Array(initial);
  let out = scratch;
  let starts = new Int32Array(initial);
  let ends = new Int32Array(initial);
  let n = 0;
  /** Whether the last unit written is white space (" " or "\n"), which following white space joins. */
  let lastIsSpace = false;
  const reserve = (count: number): void => {
    if (n + count <= starts.length) return;
    out = grow(out, n + count);
    starts = grow(starts, n + count);
    ends = grow(ends, n + count);
  };
  const emit = (s: string, start: number, end: number): void => {
    reserve(s.length);
    for (let k = 0; k < s.length; k++, n++) {
      out[n] = s.charCodeAt(k);
      starts[n] = start;
      ends[n] = end;
    }
    if (s.length > 0) lastIsSpace = false;
  };
  /** White space (or a hidden comment) merges with white space just before it; a paragraph break wins. */
  const emitSpace = (newline: boolean, start: number, end: number): void => {
    if (lastIsSpace) {
      if (newline) out[n - 1] = 10;
      ends[n - 1] = end;
      return;
    }
    reserve(1);
    out[n] = newline ? 10 : 32;
    starts[n] = start;
    ends[n] = end;
    n++;
    lastIsSpace = true;
  };
  let mi = 0;
  let i = from;
  while (i < to) {
    while (mi < marks.length && marks[mi]!.range[1] <= i) mi++;
    const mark = marks[mi];
    if (mark && mark.range[0] <= i) {
      if (mark.token === ' ') emitSpace(false, mark.range[0], mark.range[1]);
      else emit(mark.token, mark.range[0], mark.range[1]);
      i = mark.range[1];
      mi++;
      continue;
    }
    const code = source.charCodeAt(i);
    // Fast path: a run of ASCII letters, digits and punctuation folds by lower-casing, one offset per character.
    if (isPlainAscii(code)) {
      const stop = mark ? Math.min(to, mark.range[0]) : to;
      let j = i + 1;
      while (j < stop && isPlainAscii(source.charCodeAt(j))) j++;
      reserve(j - i);
      for (let k = i; k < j; k++, n++) {
        const c = source.charCodeAt(k);
        out[n] = c >= 65 && c <= 90 ? c + 32 : c;
        starts[n] = k;
        ends[n] = k + 1;
      }
      lastIsSpace = false;
      i = j;
      continue;
    }
    const ch = code >= 0xd800 && code <= 0xdbff ? String.fromCodePoint(source.codePointAt(i)!) : source[i]!;
    if (isSpace(code, ch)) {
      let j = i;
      let newlines = 0;
      while (j < to && isSpace(source.charCodeAt(j), source[j]!) && !(mark && mark.range[0] <= j)) {
        if (source.charCodeAt(j) === 10) newlines++;
        j++;
      }
      emitSpace(newlines >= 2, i, j);
      i = j;
      continue;
    }
    // One folded character per character of the fold ("ß" stays, "é" becomes "e", a mark vanishes).
    emit(foldChar(ch), i, i + ch.length);
    i += ch.length;
  }
  // Kept for the next call unless it is unusually large (a few MB).
  if (out.length <= 1 << 21) scratch = out;
  return { text: unitsToString(out, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** The original range of `content.text[start, end)`. */
export function originalRange(content: ContentText, start: number, end: number): OffsetRange {
  if (content.starts.length === 0) return [0, 0];
  const s = content.starts[Math.min(start, content.starts.length - 1)]!;
  const e = end > start ? content.ends[Math.min(end, content.ends.length) - 1]! : s;
  return [s, Math.max(s, e)];
}

const SNIPPET_PLACEHOLDER =
  /\{\{\s*([0-9]+|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_*]*)*)(?:\s*:\s*([A-Za-z]+))?\s*\}\}/g;

/**
 * The content view of a stand-alone snippet (lexicon examples, tests): `{{creditor.name}}` is a
 * front-matter path, `{{amount:money}}` a variable of type money, `{{x}}` a variable of unknown type.
 */
export function normalizeSnippet(snippet: string): ContentText {
  const tokens: ContentToken[] = [];
  for (const m of snippet.matchAll(SNIPPET_PLACEHOLDER)) {
    const name = m[1]!;
    const head = name.split('.')[0]!;
    const token =
      name.includes('.') && CONTENT_NAMESPACES.includes(head) ? namespaceToken(name) : variableToken(m[2], name);
    tokens.push({ range: [m.index, m.index + m[0].length], token });
  }
  return normalizeContent(snippet, 0, snippet.length, tokens);
}

const cache = new WeakMap<TemplateDocument, ContentText>();

/** The content view of a template's Markdown body (cached per parsed document). */
export function bodyContent(doc: TemplateDocument): ContentText {
  const hit = cache.get(doc);
  if (hit) return hit;
  const types = new Map(declaredVariables(doc).map((v) => [v.name, v.type]));
  const [from, to] = doc.bodyRange;
  // A placeholder's token depends on its name only: made once per name.
  const tokenOf = new Map<string, string>();
  const tokens: ContentToken[] = doc.placeholders
    .filter((p) => p.where === 'body' && p.range[0] >= from)
    .map((p) => {
      let token = tokenOf.get(p.name);
      if (token === undefined) {
        const head = p.path[0]!;
        token =
          p.path.length > 1 && CONTENT_NAMESPACES.includes(head)
            ? namespaceToken(p.name)
            : variableToken(types.get(p.name), p.name);
        tokenOf.set(p.name, token);
      }
      return { range: p.range, token };
    });
  const skip = doc.comments.map((c) => c.range);
  const content = normalizeContent(doc.text, from, to, tokens, skip);
  cache.set(doc, content);
  return content;
}
