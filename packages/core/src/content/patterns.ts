/**
 * Content patterns: the small phrase language of the required-content lexicons
 * (`lexicons/<lang>/require-*.yaml`). A pattern answers one question — "does the text contain this?" —
 * on the normalised content view of the body (see `text.ts`): accents and case never matter, and
 * placeholders appear as typed tokens.
 *
 * Syntax (a pattern is matched anywhere in the text):
 *
 * | write            | matches                                                                     |
 * |------------------|-----------------------------------------------------------------------------|
 * | `reply stop`     | the words, whole, in this order; a space stands for any run of spaces and   |
 * |                  | light punctuation (`,;:'"()-/*` …) but never a sentence end (`. ! ?`), a      |
 * |                  | paragraph break or a placeholder. Accents and case are ignored.             |
 * | `collect*`       | a word starting with "collect" (collect, collected, collection…)            |
 * | `~arrest`        | any inflection of the word in the pattern's language (arrested, arresting; |
 * |                  | preso/presa/presos; demandaremos) — see `phrases/inflect.ts`; only where a   |
 * |                  | language is given (phrase lexicons)                                          |
 * | `(a|b c)`        | one of the alternatives                                                     |
 * | `[the]`          | optional (alternatives allowed: `[the|a]`)                                   |
 * | `...`            | a gap: up to 60 characters of the same sentence                            |
 * | `?` `$` `/` `@` … | that character itself; `\` escapes a syntax character (`\(`, `\[`, `\<`)     |
 * | `a/b`, `<year>-<month>` | tokens written without a space between them must be adjacent        |
 * | `{{money}}`      | a placeholder of that declared type: string, money, date, phone, email,     |
 * |                  | url, number, id, or `unknown` (undeclared or untyped)                       |
 * | `{{creditor.name}}` | that front-matter placeholder; `{{contact.*}}` any `contact.` path       |
 * | `{{any}}`        | any placeholder                                                             |
 * | `<number>`       | a number: 150, 1,234.56, 1.234,56, 150.00                                   |
 * | `<day>` `<month>` `<year>` | 1–31 (also 1st, 30th, 1º), 1–12, 1900–2099                         |
 * | `<phone>`        | a phone number: +55 11 4000-0000, (11) 4000-0000, 800-555-0142, 912 345 678 |
 * | `<email>`        | an e-mail address                                                           |
 * | `<url>`          | a web address: https://…, www.…, or a bare domain such as acme.com.br       |
 * | `<code>`         | an identifier made of digits and `.`/`-`/`/`: 12.345.678/0001-90, 20512345678 |
 * | `<word>`         | any one word                                                                |
 * | `<name>`         | one to three words, or a placeholder (a person's or a company's name)       |
 *
 * A lexicon file holds `entries: [{ id, group?, pattern, examples: { match: [...], nomatch: [...] } }]`
 * plus rule-specific data (e.g. `skeletons`). In examples, write `{{amount:money}}` for a variable of
 * a given type and `{{creditor.name}}` for a front-matter path. Tests run every example.
 */
import { lexiconData } from '../generated/lexicons.js';
import type { Language } from '../rules/api.js';
import { precompiledContent } from './precompiled.js';
import { foldCase, originalRange, type ContentText } from './text.js';
import { WORD_CHARS } from './word-chars.js';
import type { OffsetRange } from '../types.js';

export interface LexiconExamples {
  match?: string[];
  nomatch?: string[];
}

export interface LexiconEntry {
  id: string;
  /** Entries of a rule that answer different questions are grouped (default `main`). */
  group?: string;
  pattern: string;
  examples?: LexiconExamples;
}

export interface ContentLexicon {
  entries: LexiconEntry[];
  /** Sentences to insert when the requirement is missing (see `skeleton.ts`), by key. */
  skeletons?: Record<string, string>;
  [key: string]: unknown;
}

export interface CompiledEntry extends LexiconEntry {
  group: string;
  regex: RegExp;
}

export interface ContentMatch {
  entry: CompiledEntry;
  /** Range in the normalised text. */
  index: [number, number];
  /** Range in the original document. */
  range: OffsetRange;
}

export { WORD_CHARS } from './word-chars.js';
const L = WORD_CHARS;
/** Before a word: not another letter, nor the inside of a placeholder token (`{{ns:creditor.name}}`). */
const WB = `(?<![${L}_:.{])`;
/** After a word. */
const WA = `(?![${L}_])`;
/** What a space in a pattern stands for. */
const SEP = `[^${L}\\n.!?¿¡{}]*`;
/** What `...` stands for: up to 60 characters that do not end the sentence ("." inside 1.234 or a.com is fine). */
const GAP = '(?:[^\\n.!?]|\\.(?=[^\\s])){0,60}?';

const CLASSES: Record<string, string> = {
  number: `(?<![${L}-])\\d+(?:[.,\\u00a0 ]\\d{3})*(?:[.,]\\d{1,2})?(?![0-9])`,
  day: `(?<![0-9])(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|º|°)?(?![${L}])`,
  month: `(?<![0-9])(?:0?[1-9]|1[0-2])(?![0-9])`,
  year: `(?<![0-9])(?:19|20)\\d{2}(?![0-9])`,
  phone: `(?<![0-9.,/-])(?:\\(?\\+\\d{1,3}\\)?(?:[ .-]?\\(?\\d{1,5}\\)?){2,5}|\\(\\d{2,4}\\)[ .-]?\\d{3,5}[ .-]?\\d{3,4}|(?:\\d{1,4}[ .-])?\\d{3,5}[ .-]\\d{4}|\\d{3}[ .]\\d{3}[ .]\\d{3})(?![0-9]|[.,/-][0-9])`,
  email: `[${L}._%+-]+@[${L}-]+(?:\\.[${L}-]+)*\\.[a-z]{2,}`,
  url: `(?:https?://|www\\.)[^\\s{}<>]+|(?<![${L}@.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|gov|edu|io|co|app|info|biz|pe|mx|br|es|cl|ar|uk|us)(?:\\.[a-z]{2})?(?![${L}@-])(?:/[^\\s{}<>]*)?`,
  code: `(?<![0-9])\\d[\\d./-]{4,}\\d(?![0-9])`,
  word: `${WB}[${L}][${L}'’-]*`,
  name: `(?:\\{\\{[^{}]*\\}\\}|${WB}[${L}][${L}'’-]*(?: [${L}][${L}'’-]*){0,2}${WA})`,
};

const TYPES = new Set(['string', 'money', 'date', 'phone', 'email', 'url', 'number', 'id', 'unknown']);

/** A piece of regular expression; `lit`: substrings of which the text must contain one for it to match. */
type ReTok = { t: 're'; re: string; lit?: string[] };
type Tok = { t: 'sep' } | { t: 'gap' } | { t: 'open' | 'close' | 'bar' | 'lopt' | 'ropt' } | ReTok;

/** Escapes the characters that have a meaning in a regular expression. */
export function escapeRe(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function placeholderRe(spec: string): string {
  const s = spec.trim().toLowerCase();
  if (s === 'any') return '\\{\\{[^{}]*\\}\\}';
  if (TYPES.has(s)) return `\\{\\{var:${s}:[^{}]*\\}\\}`;
  if (/^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*(?:\.\*)?$/.test(s) && s.includes('.')) {
    if (s.endsWith('.*')) return `\\{\\{ns:${escapeRe(s.slice(0, -1))}[^{}]*\\}\\}`;
    return `\\{\\{ns:${escapeRe(s)}\\}\\}`;
  }
  throw new Error(
    `unknown placeholder kind "{{${spec}}}" (use a type such as money, a path such as creditor.name, or any)`,
  );
}

/**
 * Turns `~word` into a regular-expression source (phrase lexicons give one per language), with the
 * substrings of which a text must contain one for any form to match (the pre-filter's anchors).
 */
export type Inflector = (word: string) => { re: string; anchors: string[] };

function tokenize(pattern: string, inflect?: Inflector): Tok[] {
  const out: Tok[] = [];
  const p = pattern.normalize('NFC');
  let i = 0;
  while (i < p.length) {
    const ch = p[i]!;
    if (/\s/.test(ch)) {
      while (i < p.length && /\s/.test(p[i]!)) i++;
      if (out.length && out[out.length - 1]!.t !== 'sep') out.push({ t: 'sep' });
      continue;
    }
    if (p.startsWith('...', i)) {
      out.push({ t: 'gap' });
      i += 3;
      continue;
    }
    if (ch === '(') out.push({ t: 'open' });
    else if (ch === ')') out.push({ t: 'close' });
    else if (ch === '|') out.push({ t: 'bar' });
    else if (ch === '[') out.push({ t: 'lopt' });
    else if (ch === ']') out.push({ t: 'ropt' });
    else if (ch === '\\' && i + 1 < p.length) {
      out.push({ t: 're', re: escapeRe(foldChar(p[i + 1]!)) });
      i += 2;
      continue;
    } else if (ch === '<') {
      const m = /^<([a-z]+)>/.exec(p.slice(i));
      if (!m) throw new Error(`"<" at ${i} does not start a class such as <number> (write \\< for the character)`);
      const re = CLASSES[m[1]!];
      if (!re)
        throw new Error(
          `unknown class <${m[1]}> (known: ${Object.keys(CLASSES)
            .map((k) => `<${k}>`)
            .join(', ')})`,
        );
      out.push({ t: 're', re: `(?:${re})` });
      i += m[0].length;
      continue;
    } else if (p.startsWith('{{', i)) {
      const end = p.indexOf('}}', i + 2);
      if (end === -1) throw new Error(`unclosed "{{" at ${i}`);
      out.push({ t: 're', re: placeholderRe(p.slice(i + 2, end)) });
      i = end + 2;
      continue;
    } else if (ch === '~' && inflect && /[\p{L}]/u.test(p[i + 1] ?? '')) {
      let j = i + 1;
      while (j < p.length && /[\p{L}\p{N}]/u.test(p[j]!)) j++;
      const inflected = inflect(foldCase(p.slice(i + 1, j)));
      out.push({ t: 're', re: `${WB}(?:${inflected.re})${WA}`, lit: inflected.anchors });
      i = j;
      continue;
    } else if (/[\p{L}\p{N}]/u.test(ch)) {
      let j = i;
      while (j < p.length && /[\p{L}\p{N}]/u.test(p[j]!)) j++;
      const word = foldCase(p.slice(i, j));
      const prefix = p[j] === '*';
      out.push({ t: 're', re: `${WB}${escapeRe(word)}${prefix ? `[${L}]*` : WA}`, lit: [word] });
      i = prefix ? j + 1 : j;
      continue;
    } else {
      out.push({ t: 're', re: escapeRe(foldChar(ch)) });
    }
    i++;
  }
  if (out.length && out[out.length - 1]!.t === 'sep') out.pop();
  return out;
}

function foldChar(ch: string): string {
  return foldCase(ch) || ch;
}

/** How to combine the parts of a parsed pattern (one parser, several results: regex, anchors). */
interface Algebra<T> {
  tok(t: ReTok): T;
  sep(): T;
  gap(): T;
  seq(items: T[]): T;
  alt(alts: T[]): T;
  opt(x: T): T;
}

function parsePattern<T>(toks: Tok[], alg: Algebra<T>): T {
  let pos = 0;
  const alternatives = (closer: 'close' | 'ropt' | undefined): T => {
    const alts: T[] = [sequence()];
    while (toks[pos]?.t === 'bar') {
      pos++;
      alts.push(sequence());
    }
    if (closer) {
      if (toks[pos]?.t !== closer) throw new Error(`missing "${closer === 'close' ? ')' : ']'}"`);
      pos++;
    }
    return alts.length === 1 ? alts[0]! : alg.alt(alts);
  };
  const sequence = (): T => {
    const items: T[] = [];
    for (;;) {
      const tok = toks[pos];
      if (!tok || tok.t === 'bar' || tok.t === 'close' || tok.t === 'ropt') return alg.seq(items);
      pos++;
      if (tok.t === 'sep') items.push(alg.sep());
      else if (tok.t === 'gap') items.push(alg.gap());
      else if (tok.t === 're') items.push(alg.tok(tok));
      else if (tok.t === 'open') items.push(alternatives('close'));
      else if (tok.t === 'lopt') items.push(alg.opt(alternatives('ropt')));
    }
  };
  const result = alternatives(undefined);
  if (pos < toks.length) throw new Error(`unexpected "${toks[pos]!.t === 'close' ? ')' : ']'}"`);
  return result;
}

/**
 * `(?:WB a WA|WB b WA)` is `WB(?:a|b)WA`: the assertions are zero-width, so when every alternative
 * starts (ends) with the same one it is written once. A list of a hundred words then carries two
 * word-boundary classes instead of two hundred, which makes the expression far smaller and faster
 * for V8 to compile.
 */
function alternation(alts: string[]): string {
  const all = (test: (a: string) => boolean) => alts.length > 1 && alts.every(test);
  const head = all((a) => a.startsWith(WB) && a.length > WB.length) ? WB : '';
  const strip = alts.map((a) => a.slice(head.length));
  const tail = all((a) => a.endsWith(WA)) && strip.every((a) => a.length > WA.length) ? WA : '';
  const body = strip.map((a) => (tail ? a.slice(0, -tail.length) : a));
  return `${head}(?:${body.join('|')})${tail}`;
}

const REGEX: Algebra<string> = {
  tok: (t) => t.re,
  sep: () => SEP,
  gap: () => GAP,
  seq: (items) => items.join(''),
  alt: alternation,
  opt: (x) => `(?:${x})?`,
};

/** Anchors: a set of substrings one of which must occur in the text; `undefined` = no constraint known. */
const ANCHORS: Algebra<string[] | undefined> = {
  tok: (t) => (t.lit && t.lit.length > 0 && t.lit.every((x) => x.length > 0) ? t.lit : undefined),
  sep: () => undefined,
  gap: () => undefined,
  // The most selective part: the set whose shortest substring is the longest.
  seq: (items) => {
    let best: string[] | undefined;
    const score = (set: string[]) => Math.min(...set.map((x) => x.length)) - set.length / 100;
    for (const set of items) if (set && (!best || score(set) > score(best))) best = set;
    return best;
  },
  alt: (alts) => (alts.some((a) => a === undefined) ? undefined : [...new Set(alts.flatMap((a) => a!))]),
  opt: () => undefined,
};

/** Compiles a pattern to a regular expression source (see the syntax above). Throws on a syntax error. */
export function compilePatternSource(pattern: string, inflect?: Inflector): string {
  const re = parsePattern(tokenize(pattern, inflect), REGEX);
  if (re === '') throw new Error('empty pattern');
  return re;
}

/**
 * The regular-expression source of a pattern and its anchors, from one tokenization. Anchors are
 * folded words (or word prefixes) of which a text must contain at least one for the pattern to
 * match, or `undefined` when the pattern has no required word: they let a regular expression be
 * skipped without running it.
 */
export function compilePatternParts(
  pattern: string,
  inflect?: Inflector,
): { source: string; anchors: string[] | undefined } {
  const toks = tokenize(pattern, inflect);
  const source = parsePattern(toks, REGEX);
  if (source === '') throw new Error('empty pattern');
  const anchors = parsePattern(toks, ANCHORS);
  // A short anchor would pass almost every text and cost more than it saves.
  return { source, anchors: anchors && anchors.every((a) => a.length >= 3) ? anchors : undefined };
}

/** Compiles a pattern to a RegExp (no `u` flag: see WORD_CHARS); throws with the pattern quoted on a syntax error. */
export function compilePattern(pattern: string, inflect?: Inflector, flags = ''): RegExp {
  try {
    return new RegExp(compilePatternSource(pattern, inflect), flags);
  } catch (error) {
    throw new Error(`invalid content pattern "${pattern}": ${(error as Error).message}`, { cause: error });
  }
}

function isEntry(v: unknown): v is LexiconEntry {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.id === 'string' && typeof e.pattern === 'string' && (e.group === undefined || typeof e.group === 'string')
  );
}

/** The built-in lexicon of a required-content rule for a language (validated), or `undefined`. */
export function contentLexicon(ruleId: string, lang: Language): ContentLexicon | undefined {
  const raw = lexiconData[ruleId]?.[lang];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object') throw new Error(`lexicon ${lang}/${ruleId}.yaml: expected a mapping`);
  const data = raw as Record<string, unknown>;
  const entries = data.entries ?? [];
  if (!Array.isArray(entries)) throw new Error(`lexicon ${lang}/${ruleId}.yaml: "entries" must be a list`);
  for (const [i, e] of entries.entries()) {
    if (!isEntry(e)) throw new Error(`lexicon ${lang}/${ruleId}.yaml: entry ${i + 1} needs "id" and "pattern" strings`);
  }
  return { ...data, entries: entries as LexiconEntry[] };
}

const compiled = new Map<string, CompiledEntry[]>();

/** The compiled entries of a rule's lexicon for a language, optionally of one group only. */
export function contentEntries(ruleId: string, lang: Language, group?: string): CompiledEntry[] {
  const key = `${ruleId}\u0000${lang}`;
  let all = compiled.get(key);
  if (!all) {
    const lexicon = contentLexicon(ruleId, lang);
    all = (lexicon?.entries ?? []).map((e) => {
      const source = precompiledContent(e.pattern);
      return { ...e, group: e.group ?? 'main', regex: source ? new RegExp(source) : compilePattern(e.pattern) };
    });
    compiled.set(key, all);
  }
  return group === undefined ? all : all.filter((e) => e.group === group);
}

/** The first (leftmost) match of any of `entries` in `content`, or `undefined`. */
export function findContent(content: ContentText, entries: readonly CompiledEntry[]): ContentMatch | undefined {
  let best: ContentMatch | undefined;
  for (const entry of entries) {
    const m = entry.regex.exec(content.text);
    if (!m) continue;
    if (best && best.index[0] <= m.index) continue;
    const index: [number, number] = [m.index, m.index + m[0].length];
    best = { entry, index, range: originalRange(content, index[0], index[1]) };
  }
  return best;
}

/** Whether `content` contains a match of any of `entries`. */
export function containsContent(content: ContentText, entries: readonly CompiledEntry[]): boolean {
  return entries.some((e) => e.regex.test(content.text));
}
