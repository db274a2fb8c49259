/**
 * locale-mismatch: the body is written in another of dunlint's languages (en/es/pt) than the one its
 * `locale` declares — a template copied from another market, or the wrong locale on the right text.
 *
 * The language is detected by `tinyld` (its light model: a 0.5 MB JavaScript module that loads in
 * milliseconds, no file system, runs in a browser), limited to en/es/pt. `eld` was slightly more
 * accurate on 20–40-letter lines but costs ~84 MB of memory and ~0.4 s to load, which broke the
 * language server's memory budget; on whole bodies both are exact on our corpora. It reads
 * only prose: placeholders, HTML comments, code, URLs, e-mail addresses, anything with a digit
 * (amounts, dates, ids, phone numbers), the creditor's and collector's names and the statutory
 * boilerplate that may legitimately stay in another language (the FDCPA §1692e(11) statements and
 * opt-out lines such as "Reply STOP to opt out", found with the required-content lexicons of all
 * three languages) are removed first.
 *
 * The remaining text is cut into chunks of whole sentences (up to about 300 characters)
 * and each chunk votes for its language with its number of letters, when the detector is confident
 * about it. The rule reports only when enough letters voted, the winning language is not the
 * declared one, it holds most of the votes and the declared language almost none: a bilingual
 * template ("Para español, llame al…") or a short line in another language is not a mismatch.
 * Thresholds and the measurements behind them: see `THRESHOLDS` and the rule's docs.
 */
import { detectAll } from 'tinyld/light';
import { lexiconData } from '../generated/lexicons.js';
import { isScalar } from 'yaml';
import { contentEntries } from '../content/patterns.js';
import { bodyContent, foldCase, originalRange } from '../content/text.js';
import type { TemplateDocument } from '../document/parse.js';
import { nodeRange } from '../document/parse.js';
import { notProseRanges } from '../document/markup.js';
import type { OffsetRange } from '../types.js';
import { defineRule, LANGUAGES, type Language } from './api.js';

export const THRESHOLDS = {
  /** Letters of prose (after stripping) that must have voted before anything is reported. */
  minLetters: 30,
  /** A chunk votes only when it has this many letters... */
  chunkLetters: 15,
  /** ...and its best language leads the second by this relative margin (1 − second/best). */
  chunkMargin: 0.02,
  /** The detected language must hold at least this share of the voting letters... */
  minShare: 0.75,
  /** ...and the declared language at most this share. */
  maxDeclaredShare: 0.15,
  /** Chunks are packed from whole sentences up to this many characters. */
  chunkChars: 300,
};

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Spanish', pt: 'Portuguese' };

/** Scores of en/es/pt for a chunk, best first (tinyld's light model: 0.5 MB, loads in milliseconds). */
function detect(chunk: string): { lang: string; accuracy: number }[] {
  return detectAll(chunk, { only: [...LANGUAGES] });
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/giu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * A word with a digit and what sticks to it ("12:30", "R$1.250,00", "8F2"). It starts where a run of
 * letters and digits starts: the same matches as without the look-behind (a search never resumes
 * inside such a run, and a run without a digit fails from every position), without retrying every
 * position of every word.
 */
const WITH_DIGIT = /(?<![\p{L}\p{N}])[\p{L}\p{N}]*\p{N}[\p{L}\p{N}.,:/-]*/gu;
const DIGIT = /\p{N}/gu;

/**
 * `text.replace(WITH_DIGIT, ' ')`, run only on the lines that have a digit: a match never holds a
 * line break, and a line start reads as a non-letter to the look-behind, so the result is the same;
 * most prose has few digits left, and a Unicode class tried at every position is slow.
 */
export function blankWordsWithDigits(text: string): string {
  const out: string[] = [];
  let pos = 0;
  DIGIT.lastIndex = 0;
  for (let m = DIGIT.exec(text); m !== null; m = DIGIT.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd === -1) lineEnd = text.length;
    out.push(text.slice(pos, lineStart), text.slice(lineStart, lineEnd).replace(WITH_DIGIT, ' '));
    pos = lineEnd;
    DIGIT.lastIndex = lineEnd;
  }
  if (pos === 0) return text;
  out.push(text.slice(pos));
  return out.join('');
}
/** Other templating languages' expressions and HTML tags (pasted from another system): not prose. */
const FOREIGN_SYNTAX = /<%[\s\S]*?%>|\$\{[^}\n]*\}|%\([A-Za-z_]+\)s|<\/?[A-Za-z][^>\n]*>/g;
const SYNTAX = /[#*_>`|~[\]{}()<>=+^"“”«»]/g;
/**
 * Whether a UTF-16 unit is white space for `\s` (and `trim`): ASCII tab to carriage return and space,
 * the Unicode space separators, the line and paragraph separators and the byte-order mark.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The sentences of `text`, each with its runs of white space collapsed to one space and trimmed. A
 * sentence ends at a run of white space that follows ".", "!" or "?" or holds a line break (the
 * whole run is the break). The same list as splitting at the regular expression
 * `(?<=[.!?])\s+|\s*\n\s*` and collapsing each part with `replace(/\s+/g, ' ').trim()`, in one pass;
 * a sentence whose inner runs are single spaces is taken as one slice.
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = 0;
  let simple = true;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    out.push(simple ? raw.trim() : raw.replace(/\s+/g, ' ').trim());
  };
  let i = 0;
  while (i < n) {
    if (!isWhiteSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const run = i;
    let newline = false;
    for (; i < n && isWhiteSpace(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === 10) newline = true;
    const before = run > 0 ? text.charCodeAt(run - 1) : 0;
    if (newline || before === 46 || before === 33 || before === 63) {
      push(run);
      start = i;
      simple = true;
    } else if (i - run !== 1 || text.charCodeAt(run) !== 32) simple = false;
  }
  push(n);
  return out;
}
const BOILERPLATE_RULES = ['require-collection-disclosure', 'require-opt-out'];
const boilerplateCache = new Map<Language, RegExp[]>();

/** The statutory and opt-out patterns of one language, as global regular expressions. */
function boilerplatePatterns(lang: Language): RegExp[] {
  let hit = boilerplateCache.get(lang);
  if (!hit) {
    hit = BOILERPLATE_RULES.flatMap((rule) => contentEntries(rule, lang).map((e) => new RegExp(e.regex.source, 'g')));
    boilerplateCache.set(lang, hit);
  }
  return hit;
}

/**
 * Original ranges of the body's sentences that hold statutory or opt-out boilerplate in another
 * language than `declared` (an English "Reply STOP to opt out." in a Spanish SMS).
 */
function boilerplateSentences(doc: TemplateDocument, declared: Language): OffsetRange[] {
  const content = bodyContent(doc);
  const text = content.text;
  const out: OffsetRange[] = [];
  for (const lang of LANGUAGES) {
    if (lang === declared) continue;
    for (const re of boilerplatePatterns(lang)) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        let s = m.index;
        while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
        let e = m.index + m[0].length;
        while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
        out.push(originalRange(content, s, Math.min(text.length, e + 1)));
      }
    }
  }
  return out;
}

/** Ranges of the body that are not prose to detect. */
function excluded(
  doc: TemplateDocument,
  data: Record<string, unknown> | undefined,
  declared: Language | undefined,
): OffsetRange[] {
  const ranges = notProseRanges(doc);
  const [from, to] = doc.bodyRange;
  const body = doc.text.slice(from, to);
  const lower = body.toLowerCase();
  if (lower.includes('http') || lower.includes('www.'))
    for (const m of body.matchAll(URL)) ranges.push([from + m.index, from + m.index + m[0].length]);
  if (body.includes('@'))
    for (const m of body.matchAll(EMAIL)) ranges.push([from + m.index, from + m.index + m[0].length]);
  for (const section of ['creditor', 'collector']) {
    const value = data?.[section];
    const name = value && typeof value === 'object' ? (value as Record<string, unknown>).name : undefined;
    if (typeof name !== 'string' || name.trim().length < 2) continue;
    const needle = name.trim().toLowerCase();
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length))
      ranges.push([from + i, from + i + needle.length]);
  }
  if (declared) ranges.push(...boilerplateSentences(doc, declared));
  return ranges;
}

/**
 * The body's prose: the body without placeholders, comments, code, URLs, e-mail addresses, the
 * creditor's and collector's names and words with digits; with `withoutBoilerplateOf` also without
 * the statutory and opt-out sentences of the other languages.
 */
function proseText(
  doc: TemplateDocument,
  data: Record<string, unknown> | undefined,
  withoutBoilerplateOf?: Language,
): string {
  const [from, to] = doc.bodyRange;
  const text = doc.text;
  const ranges = excluded(doc, data, withoutBoilerplateOf)
    .map(([s, e]): OffsetRange => [Math.max(s, from), Math.min(e, to)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let pos = from;
  for (const [s, e] of ranges) {
    if (e <= pos) continue;
    if (s > pos) pieces.push(text.slice(pos, s));
    // A removed part keeps its line breaks, so that sentences and lines stay apart.
    let k = Math.max(s, pos);
    while (k < e && text.charCodeAt(k) !== 10) k++;
    pieces.push(k < e ? '\n' : ' ');
    pos = e;
  }
  pieces.push(text.slice(pos, to));
  return blankWordsWithDigits(pieces.join('').replace(FOREIGN_SYNTAX, ' ')).replace(SYNTAX, ' ');
}

/** Prose cut into chunks of whole sentences (up to `THRESHOLDS.chunkChars`); sentences without letters are left out. */
function chunksOf(prose: string): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentencesOf(prose)) {
    if (!/[A-Za-z]/.test(sentence) && !/\p{L}/u.test(sentence)) continue;
    if (current && current.length + sentence.length + 1 > THRESHOLDS.chunkChars) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * The body's prose, cut into chunks of whole sentences: the body without placeholders, comments,
 * code, URLs, e-mail addresses, the creditor's and collector's names and words with digits; with
 * `withoutBoilerplateOf` also without the statutory and opt-out sentences of the other languages.
 */
export function proseChunks(
  doc: TemplateDocument,
  data: Record<string, unknown> | undefined,
  withoutBoilerplateOf?: Language,
): string[] {
  return chunksOf(proseText(doc, data, withoutBoilerplateOf));
}

export interface LanguageVerdict {
  /** Letters that voted, by language. */
  votes: Record<Language, number>;
  /** All letters of the prose. */
  letters: number;
  /** The language with the most votes, when any voted. */
  top: Language | undefined;
}

const letterCount = (s: string): number => s.match(/\p{L}/gu)?.length ?? 0;

/**
 * Detects the language of each chunk and tallies the confident votes. With `declared`, it stops as
 * soon as the declared language holds too many votes for a mismatch to be possible (most bodies:
 * after the first chunk).
 */
export function detectLanguage(chunks: readonly string[], declared?: Language): LanguageVerdict {
  const votes: Record<Language, number> = { en: 0, es: 0, pt: 0 };
  const counts = chunks.map(letterCount);
  let remaining = counts.reduce((a, b) => a + b, 0);
  const letters = remaining;
  if (letters < THRESHOLDS.minLetters) return { votes, letters, top: undefined };
  for (const [i, chunk] of chunks.entries()) {
    const n = counts[i]!;
    remaining -= n;
    if (n < THRESHOLDS.chunkLetters) continue;
    const scores = detect(chunk);
    const lang = scores[0]?.lang as Language | undefined;
    if (!lang || !(lang in votes)) continue;
    const best = scores[0]?.accuracy ?? 0;
    const second = scores[1]?.accuracy ?? 0;
    if (best <= 0 || 1 - second / best < THRESHOLDS.chunkMargin) continue;
    votes[lang] += n;
    if (declared !== undefined) {
      const voted = votes.en + votes.es + votes.pt;
      if (votes[declared] > THRESHOLDS.maxDeclaredShare * (voted + remaining)) break;
    }
  }
  let top: Language | undefined;
  for (const lang of LANGUAGES) if (votes[lang] > 0 && (!top || votes[lang] > votes[top])) top = lang;
  return { votes, letters, top };
}

/** The language the body is written in when it is confidently not `declared`, else `undefined`. */
export function mismatchedLanguage(verdict: LanguageVerdict, declared: Language): Language | undefined {
  const { votes, top } = verdict;
  const voted = votes.en + votes.es + votes.pt;
  if (!top || top === declared || voted < THRESHOLDS.minLetters) return undefined;
  if (votes[top] < THRESHOLDS.minShare * voted) return undefined;
  if (votes[declared] > THRESHOLDS.maxDeclaredShare * voted) return undefined;
  return top;
}

/**
 * The language the body is written in when it is not `declared`. The body is read twice: first
 * as it is (cheap, and enough for almost every template), then, only when that reads as another
 * language, without the statutory and opt-out sentences of the other languages, which a template
 * may legitimately carry (an English "Reply STOP to opt out." in a Spanish SMS); both must agree.
 */
export function detectMismatch(
  doc: TemplateDocument,
  data: Record<string, unknown> | undefined,
  declared: Language,
): Language | undefined {
  const prose = proseText(doc, data);
  // The prose has the chunks' function words: the sentences the chunks leave out have no letters,
  // and nothing but a letter folds to a–z. Most bodies stop here, before being cut into chunks.
  if (clearlyDeclaredText(prose, declared)) return undefined;
  const chunks = chunksOf(prose);
  const first = mismatchedLanguage(detectLanguage(chunks, declared), declared);
  if (!first) return undefined;
  const second = mismatchedLanguage(detectLanguage(proseChunks(doc, data, declared), declared), declared);
  return second === first ? first : undefined;
}

let functionWords: Map<string, Language> | undefined;
/** Whether the text is plain ASCII, which folds by lower-casing alone. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Distinctive frequent words of each language (lexicons/<lang>/_function-words.yaml), folded. */
export function functionWordTable(): Map<string, Language> {
  if (functionWords) return functionWords;
  functionWords = new Map();
  for (const lang of LANGUAGES) {
    const raw = (lexiconData['_function-words']?.[lang] ?? {}) as { words?: unknown };
    for (const w of Array.isArray(raw.words) ? raw.words : []) functionWords.set(foldCase(String(w)), lang);
  }
  return functionWords;
}

let functionWordIndex: Map<number, [string, Language][]> | undefined;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The function words that are runs of a–z (no other can be one of the words counted), by hash. */
function functionWordsByHash(): Map<number, [string, Language][]> {
  if (functionWordIndex) return functionWordIndex;
  functionWordIndex = new Map();
  for (const [word, lang] of functionWordTable()) {
    if (!/^[a-z]+$/.test(word)) continue;
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    const bucket = functionWordIndex.get(h);
    if (bucket) bucket.push([word, lang]);
    else functionWordIndex.set(h, [[word, lang]]);
  }
  return functionWordIndex;
}

/**
 * `clearlyDeclared` on one text. Its words (runs of a–z once folded) are looked up by hash where
 * they stand: no string is made for any of them.
 */
function clearlyDeclaredText(text: string, declared: Language): boolean {
  const index = functionWordsByHash();
  const folded = isAscii(text) ? text.toLowerCase() : foldCase(text);
  const votes: Record<Language, number> = { en: 0, es: 0, pt: 0 };
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    for (; i < n; i++) {
      const d = folded.charCodeAt(i);
      if (d < 97 || d > 122) break;
      h = Math.imul(h ^ d, FNV_PRIME);
    }
    const bucket = index.get(h);
    if (!bucket) continue;
    for (let k = 0; k < bucket.length; k++) {
      const [word, lang] = bucket[k]!;
      if (word.length === i - start && folded.startsWith(word, start)) {
        votes[lang]++;
        break;
      }
    }
  }
  const total = votes.en + votes.es + votes.pt;
  return votes[declared] >= 4 && votes[declared] >= 0.85 * total;
}

/**
 * A cheap first look: when the distinctive function words of the text ("the", "usted", "você"…)
 * are overwhelmingly the declared language's, the text is in that language and the statistical
 * detector need not run. Anything less clear goes to the detector.
 */
export function clearlyDeclared(chunks: readonly string[], declared: Language): boolean {
  return clearlyDeclaredText(chunks.join(' '), declared);
}

/** The first non-blank line of the body, trimmed. */
function firstLine(doc: TemplateDocument): OffsetRange {
  const [from, to] = doc.bodyRange;
  const text = doc.text;
  let s = from;
  while (s < to && /\s/.test(text[s]!)) s++;
  let e = s;
  while (e < to && text[e] !== '\n' && text[e] !== '\r') e++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

export default defineRule({
  id: 'locale-mismatch',
  meta: {
    category: 'structure',
    description: "The body is written in the language of the template's `locale` (English, Spanish or Portuguese).",
    severity: 'warn',
    languages: ['en', 'es', 'pt'],
    messages: {
      mismatch:
        'The message reads as {{detected}}, but the template\'s locale "{{locale}}" is {{declared}}. Translate the text, or correct the locale.',
    },
    rationale:
      'The `locale` decides which language\'s phrase lists the tone, privacy and required-content rules read, and which language the sending platform is told the message is in. A body in another language than the locale declares is usually a template copied from another market and never translated, or a locale left at its default: the recipient may not understand it, and dunlint checks it with the wrong word lists. WhatsApp also rejects a template whose text does not match its declared language. The rule detects the body\'s language (English, Spanish or Portuguese) with a statistical language detector, after removing placeholders, URLs, e-mail addresses, numbers, names and statutory boilerplate (such as an English "Reply STOP" line in a Spanish SMS), and reports only when the text is long enough and clearly in one other language: at least 30 letters of prose are left, at least three quarters of them read as that language and at most 15 % as the declared one. A bilingual template, or a single line in another language, is not reported.',
    legal: [
      {
        law: 'Meta WhatsApp Business template rules (the text must match the template language)',
        jurisdictions: ['*'],
        sources: ['S78'],
      },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, this is Sam from Acme Finance. Your payment is overdue; please call us at {{contact.phone}}.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, le escribe Lucía de Acme Finanzas. Su cuota está vencida; llámenos al {{contact.phone}}. Reply STOP to opt out.',
        },
        {
          language: 'pt',
          code: 'Olá, {{debtor_name}}! Aqui é a Ana, da Acme Finanças. Sua fatura está em aberto; ligue para {{contact.phone}}.',
        },
      ],
      invalid: [
        {
          language: 'en',
          code: 'Olá {{debtor_name}}, aqui é a Ana. Sua conta venceu e ainda está em aberto. Pague pelo link ou ligue para nós.',
        },
        {
          language: 'es',
          code: 'Hello {{debtor_name}}, this is Sam. Your payment is still pending. You can pay online or call us today.',
        },
        {
          language: 'pt',
          code: 'Hola {{debtor_name}}, le escribe Lucía. Su factura sigue pendiente de pago. Puede pagar en línea o llamarnos.',
        },
      ],
    },
  },
  create(context) {
    const declared = context.language;
    if (!declared) return;
    const { doc } = context;
    const detected = detectMismatch(doc, context.data, declared);
    if (!detected) return;
    const locale = typeof context.data?.locale === 'string' ? context.data.locale : declared;
    const fm = doc.frontMatter;
    const localeNode: unknown = fm?.yaml.get('locale', true);
    const localeRange = fm && isScalar(localeNode) ? nodeRange(fm, localeNode) : undefined;
    context.report({
      messageId: 'mismatch',
      data: { detected: LANGUAGE_NAMES[detected], declared: LANGUAGE_NAMES[declared], locale },
      range: firstLine(doc),
      ...(localeRange
        ? {
            related: [
              {
                message: `The locale is declared here (${LANGUAGE_NAMES[declared]}).`,
                range: localeRange,
              },
            ],
          }
        : {}),
    });
  },
});
