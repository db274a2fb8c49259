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
import { bodyMarkup } from '../document/markup.js';
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
const WITH_DIGIT = /[\p{L}\p{N}]*\p{N}[\p{L}\p{N}.,:/-]*/gu;
/** Other templating languages' expressions and HTML tags (pasted from another system): not prose. */
const FOREIGN_SYNTAX = /<%[\s\S]*?%>|\$\{[^}\n]*\}|%\([A-Za-z_]+\)s|<\/?[A-Za-z][^>\n]*>/g;
const SYNTAX = /[#*_>`|~[\]{}()<>=+^"“”«»]/g;
const SENTENCE_END = /(?<=[.!?])\s+|\s*\n\s*/u;
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
  const ranges: OffsetRange[] = [
    ...doc.placeholders.map((p) => p.range),
    ...doc.comments.map((c) => c.range),
    ...bodyMarkup(doc).map((m) => m.range),
  ];
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
 * The body's prose, cut into chunks of whole sentences: the body without placeholders, comments,
 * code, URLs, e-mail addresses, the creditor's and collector's names and words with digits; with
 * `withoutBoilerplateOf` also without the statutory and opt-out sentences of the other languages.
 */
export function proseChunks(
  doc: TemplateDocument,
  data: Record<string, unknown> | undefined,
  withoutBoilerplateOf?: Language,
): string[] {
  const [from, to] = doc.bodyRange;
  const text = doc.text;
  const ranges = excluded(doc, data, withoutBoilerplateOf)
    .map(([s, e]): OffsetRange => [Math.max(s, from), Math.min(e, to)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let prose = '';
  let pos = from;
  for (const [s, e] of ranges) {
    if (e <= pos) continue;
    if (s > pos) prose += text.slice(pos, s);
    // A removed part keeps its line breaks, so that sentences and lines stay apart.
    prose += text.slice(Math.max(s, pos), e).includes('\n') ? '\n' : ' ';
    pos = e;
  }
  prose += text.slice(pos, to);
  prose = prose.replace(FOREIGN_SYNTAX, ' ').replace(WITH_DIGIT, ' ').replace(SYNTAX, ' ');
  const chunks: string[] = [];
  let current = '';
  for (const raw of prose.split(SENTENCE_END)) {
    const sentence = raw.replace(/\s+/g, ' ').trim();
    if (!/\p{L}/u.test(sentence)) continue;
    if (current && current.length + sentence.length + 1 > THRESHOLDS.chunkChars) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) chunks.push(current);
  return chunks;
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
  const chunks = proseChunks(doc, data);
  if (clearlyDeclared(chunks, declared)) return undefined;
  const first = mismatchedLanguage(detectLanguage(chunks, declared), declared);
  if (!first) return undefined;
  const second = mismatchedLanguage(detectLanguage(proseChunks(doc, data, declared), declared), declared);
  return second === first ? first : undefined;
}

let functionWords: Map<string, Language> | undefined;

/** Distinctive frequent words of each language (lexicons/<lang>/_function-words.yaml), folded. */
function functionWordTable(): Map<string, Language> {
  if (functionWords) return functionWords;
  functionWords = new Map();
  for (const lang of LANGUAGES) {
    const raw = (lexiconData['_function-words']?.[lang] ?? {}) as { words?: unknown };
    for (const w of Array.isArray(raw.words) ? raw.words : []) functionWords.set(foldCase(String(w)), lang);
  }
  return functionWords;
}

/**
 * A cheap first look: when the distinctive function words of the text ("the", "usted", "você"…)
 * are overwhelmingly the declared language's, the text is in that language and the statistical
 * detector need not run. Anything less clear goes to the detector.
 */
export function clearlyDeclared(chunks: readonly string[], declared: Language): boolean {
  const table = functionWordTable();
  const votes: Record<Language, number> = { en: 0, es: 0, pt: 0 };
  for (const chunk of chunks)
    for (const w of foldCase(chunk).match(/[a-z]+/g) ?? []) {
      const lang = table.get(w);
      if (lang) votes[lang]++;
    }
  const total = votes.en + votes.es + votes.pt;
  return votes[declared] >= 4 && votes[declared] >= 0.85 * total;
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
