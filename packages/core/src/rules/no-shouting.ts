/**
 * no-shouting: runs of three or more words in capital letters ("LAST CHANCE: PAY TODAY OR WE WILL
 * SUE YOU") and repeated exclamation or question marks ("!!", "??", "?!", "¡¡", "‼").
 *
 * What is not shouting: placeholders (tokens, not prose), HTML comments, code, URLs and e-mail
 * addresses; acronyms and short codes (ATM, SMS, CPF, CNPJ, RUC, PIX, currency codes, time zones,
 * the opt-out keywords STOP/BAJA/SAIR…); words with digits or inner dots (amounts, "S.A.",
 * "U.S."); single letters; the words of the creditor's and collector's names (a company written
 * in capitals, "ACME FINANÇAS LTDA"); and the words of the rule's `allow` option. Those words
 * neither count nor break a run. A Markdown heading is checked like any other line: a heading in
 * capitals still shouts at the reader.
 *
 * The capital run gets a suggestion (not a fix: it may touch brand names) that rewrites it in
 * sentence case, keeping acronyms, names and placeholders as written; repeated punctuation gets a
 * fix to a single mark.
 */
import type { TemplateDocument } from '../document/parse.js';
import { notProseRanges } from '../document/markup.js';
import type { OffsetRange } from '../types.js';
import { defineRule, type Language } from './api.js';
import { RESPECTFUL_TONE_LEGAL } from './tone-legal.js';
import { sentRanges } from './no-excessive-emoji.js';

const DEFAULT_MIN_WORDS = 3;

/**
 * Acronyms and short codes that are written in capitals on purpose, in any of the three languages.
 * Compared accent-free and upper-cased.
 */
const ACRONYMS = new Set(
  // Channels, documents, web, units
  (
    'SMS MMS RCS ATM PIN OTP ID PDF URL FAQ OK VIP CEO CFO TV PC APP QR NFC GPS ' +
    // Currencies and money
    'USD EUR GBP BRL MXN PEN COP CLP ARS UYU PYG BOB CAD IBAN BIC SWIFT ACH APR IVA IGV VAT ICMS ISS IOF CET TAE TIN ' +
    // Countries, time zones and clock
    'USA UK EU EUA EST EDT CST CDT MST MDT PST PDT ET CT MT PT UTC GMT BRT BRST PET COT CLT CLST ' +
    // Company forms
    'LLC INC LTD PLC LLP CO CORP SA SAC SAA SRL SAS SL SLU SPA CIA LTDA EIRELI EPP MEI SPE SOFOM SAPI ' +
    // Brazil
    'CPF CNPJ RG CEP PIX TED DOC SERASA SPC SCPC PROCON SAC CDC LGPD BACEN BCB CADIN ' +
    // Peru, Mexico, Colombia, Chile, Argentina, Spain
    'RUC DNI CE SUNAT SBS INDECOPI SPEI CLABE OXXO RFC CURP CONDUSEF PROFECO REDECO NIT CC DIAN SIC RUT SII CUIT CUIL AFIP BCRA NIF NIE CIF AEPD ' +
    // US and UK regulators and laws
    'FDCPA CFPB FTC FCC TCPA FCA CONC ' +
    // Opt-out and reply keywords
    'STOP STOPALL END CANCEL QUIT UNSUBSCRIBE OPTOUT HELP INFO YES BAJA ALTO PARAR CANCELAR AYUDA SAIR PARE AJUDA SIM'
  ).split(' '),
);

/** Accent-free upper case, for comparing words. */
function key(word: string): string {
  // Plain ASCII (most words): no accents to strip.
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  if (ascii) return word.toUpperCase();
  return word.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

const CLOCK = /^(?:AM|PM|HS|HRS|H)$/;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.&-][\p{L}\p{M}\p{N}]+)*/gu;
/**
 * `TOKEN` for `capitalRuns`, which moves its `lastIndex` by hand. A separate object: `matchAll`
 * starts from the `lastIndex` of the expression it is given, so `TOKEN` itself must stay at 0.
 */
const WORD_SCAN = new RegExp(TOKEN.source, TOKEN.flags);
/** A URL: "http(s)://" or "www." and what follows up to a space or bracket. */
const URL = String.raw`\b(?:https?:\/\/|www\.)[^\s<>()]+`;
/** A character of the part of an e-mail address before "@". */
const MAILBOX_CHAR = String.raw`[\p{L}\p{N}._%+-]`;
/** An e-mail address. */
const EMAIL = String.raw`${MAILBOX_CHAR}+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
/** URLs and e-mail addresses: what `linkRanges` finds. */
export const URL_OR_EMAIL = new RegExp(`${URL}|${EMAIL}`, 'giu');
/** `URL_OR_EMAIL` without the e-mail branch, which cannot match a text without "@". */
const URL_ONLY = new RegExp(URL, 'giu');
/** `URL_OR_EMAIL` at one position only. */
const LINK_HERE = new RegExp(URL_OR_EMAIL.source, 'iuy');
/** `URL_OR_EMAIL` whose e-mail branch starts only where no e-mail character comes before. */
const LINK_AHEAD = new RegExp(`${URL}|(?<!${MAILBOX_CHAR})${EMAIL}`, 'giu');

/**
 * The ranges of `text.matchAll(URL_OR_EMAIL)`, found without trying the e-mail branch inside every
 * word, which made it the slowest expression of a lint. Exact: the e-mail branch can only succeed
 * where its run of e-mail characters starts, or where the previous match ended (tried with
 * `LINK_HERE`), since a run that fails from its first character fails from each later one (the
 * run must end at the same "@", and the rest of the match is the same).
 */
export function linkRanges(text: string): OffsetRange[] {
  const out: OffsetRange[] = [];
  if (!text.includes('@')) {
    for (const m of text.matchAll(URL_ONLY)) out.push([m.index, m.index + m[0].length]);
    return out;
  }
  let at = 0;
  while (at < text.length) {
    LINK_HERE.lastIndex = at;
    let m = LINK_HERE.exec(text);
    if (!m) {
      LINK_AHEAD.lastIndex = at + 1;
      m = LINK_AHEAD.exec(text);
      if (!m) break;
    }
    out.push([m.index, m.index + m[0].length]);
    at = m.index + m[0].length;
  }
  return out;
}
const UPPERCASE = /\p{Lu}/gu;
/** An ASCII character that no `TOKEN` contains (white space, most punctuation). */
function outsideWords(code: number): boolean {
  return (
    code < 128 &&
    !(
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 39 || // '
      code === 46 || // .
      code === 38 || // &
      code === 45 // -
    )
  );
}
const PUNCTUATION = /[!?‼⁉]{2,}|[¡¿]{2,}|[‼⁉](?!\uFE0F)/gu;

/** `caps`: a word in capitals; `letter`: a single capital letter (I, A, O, Y); `neutral`: an acronym, code or name. */
export type Kind = 'caps' | 'letter' | 'neutral' | 'lower';

export interface Token {
  range: OffsetRange;
  word: string;
  kind: Kind;
}

/** Ranges that are not prose: placeholders, comments, code and HTML, URLs and e-mail addresses. */
function notProse(doc: TemplateDocument): OffsetRange[] {
  const ranges = [...notProseRanges(doc), ...linkRanges(doc.text)];
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Ranges sorted by start with a running maximum of their ends, for `overlaps` in O(log n). */
interface RangeIndex {
  starts: number[];
  maxEnds: number[];
}

function indexRanges(ranges: readonly OffsetRange[]): RangeIndex {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const maxEnds: number[] = [];
  let max = -1;
  for (const [, b] of sorted) maxEnds.push((max = Math.max(max, b)));
  return { starts: sorted.map((r) => r[0]), maxEnds };
}

/** Whether `[s, e)` overlaps one of the indexed ranges. */
function overlaps(index: RangeIndex, [s, e]: OffsetRange): boolean {
  // The last range that starts before `e`: any range after it starts too late.
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! < e) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index.maxEnds[lo - 1]! > s;
}

/**
 * Capitalised words of the creditor's and collector's names ("Acme", "FINANÇAS", not "de"), by
 * accent-free upper case, with their spelling there.
 */
function nameWords(data: Record<string, unknown> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const section of ['creditor', 'collector']) {
    const value = data?.[section];
    const name = value && typeof value === 'object' ? (value as Record<string, unknown>).name : undefined;
    if (typeof name !== 'string') continue;
    for (const m of name.matchAll(TOKEN)) if (m[0].length >= 2 && /^\p{Lu}/u.test(m[0])) out.set(key(m[0]), m[0]);
  }
  return out;
}

/** Whether the word has a lower-case ASCII letter (then it is `lower`, whatever else it holds). */
function hasAsciiLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function classify(word: string, neutral: (k: string) => boolean): Kind {
  if (hasAsciiLower(word) || /\p{Ll}/u.test(word)) return 'lower';
  if (!/\p{Lu}/u.test(word)) return /\p{L}/u.test(word) ? 'lower' : 'neutral';
  if (/[\p{N}.&]/u.test(word)) return 'neutral';
  if (word.replace(/[^\p{L}]/gu, '').length < 2) return 'letter';
  return neutral(key(word)) ? 'neutral' : 'caps';
}

/** Whether the text just before `at` ends a sentence (or the line, or the part begins there). */
function startsSentence(text: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && /[\s"'“”‘’«»([¡¿*_#>\-–—•\p{Extended_Pictographic}\uFE0F\u200D]/u.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < from || /[.!?…]/.test(text[i]!);
}

/**
 * `text[s, e)` in sentence case: caps words lower-cased, sentence starts capitalised, the rest kept.
 * `tokens` holds (at least) every token inside `[s, e)`.
 */
function sentenceCase(
  text: string,
  part: OffsetRange,
  tokens: readonly Token[],
  [s, e]: OffsetRange,
  names: Map<string, string>,
  lang: Language | undefined,
): string {
  let out = '';
  let pos = s;
  for (const t of tokens) {
    if (t.range[0] < s || t.range[1] > e) continue;
    out += text.slice(pos, t.range[0]);
    let word = t.word;
    const name = names.get(key(word));
    if (name !== undefined) word = name;
    else if (t.kind === 'caps' || (t.kind === 'letter' && !(lang === 'en' && word === 'I'))) {
      word = word.toLowerCase();
      if (lang === 'en') word = word.replace(/^i(?=['’](?:m|ll|ve|d)$)/, 'I');
      if (startsSentence(text, part[0], t.range[0])) word = word.charAt(0).toUpperCase() + word.slice(1);
    }
    out += word;
    pos = t.range[1];
  }
  return out + text.slice(pos, e);
}

/**
 * The runs of words that are not in lower case in `text[from, to)`, in order: a run ends at a word in
 * lower case, a line break or a table cell border ("|"). A word for which `skipped` holds (not
 * prose) neither joins nor ends a run. `kindOf` classifies the words without a lower-case ASCII
 * letter (the others are `lower`). Runs that begin with words of kind `neutral` may come without
 * them: only the words in capitals and what lies between them matter.
 *
 * Most words are in lower case: while no run is open, the search jumps to the next capital letter,
 * so a long text in sentence case costs a few regular-expression searches per sentence.
 */
export function capitalRuns(
  text: string,
  from: number,
  to: number,
  skipped: (range: OffsetRange) => boolean,
  kindOf: (word: string, range: OffsetRange) => Kind,
): Token[][] {
  const slice = text.slice(from, to);
  const runs: Token[][] = [];
  let run: Token[] = [];
  /** End of the run's last word. */
  let prevEnd = from;
  const flush = (): void => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  WORD_SCAN.lastIndex = 0;
  for (;;) {
    if (run.length === 0) {
      // No run is open: the words before the next capital letter are in lower case or have no
      // letters, and cannot start one. Resume just after the last character before that letter
      // that no word contains (or where the search stopped), so the same words are found.
      UPPERCASE.lastIndex = WORD_SCAN.lastIndex;
      if (!UPPERCASE.test(slice)) break;
      // `test` makes no match object: the letter ends where the search stopped (one unit, or a
      // surrogate pair for a letter outside the BMP).
      let resume = UPPERCASE.lastIndex - 1;
      if ((slice.charCodeAt(resume) & 0xfc00) === 0xdc00) resume--;
      while (resume > WORD_SCAN.lastIndex && !outsideWords(slice.charCodeAt(resume - 1))) resume--;
      WORD_SCAN.lastIndex = resume;
    }
    const m = WORD_SCAN.exec(slice);
    if (m === null) break;
    const word = m[0];
    if (hasAsciiLower(word)) {
      if (run.length > 0 && !skipped([from + m.index, from + m.index + word.length])) flush();
      continue;
    }
    const range: OffsetRange = [from + m.index, from + m.index + word.length];
    if (skipped(range)) continue;
    const kind = kindOf(word, range);
    if (kind === 'lower') {
      flush();
      continue;
    }
    // A line break or a table cell border ends a run.
    if (run.length > 0 && /[\n|]/.test(text.slice(prevEnd, range[0]))) flush();
    run.push({ range, word, kind });
    prevEnd = range[1];
  }
  flush();
  return runs;
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

export default defineRule({
  id: 'no-shouting',
  meta: {
    category: 'tone',
    description: 'No runs of three or more words in capital letters, and no repeated "!!", "??" or "?!".',
    severity: 'warn',
    languages: ['en', 'es', 'pt'],
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      caps: 'Capital letters read as shouting: "{{text}}". Write it in sentence case.',
      sentenceCase: 'Rewrite in sentence case: "{{suggest}}"',
      punctuation: 'Repeated punctuation "{{text}}" reads as shouting. Use a single "{{mark}}".',
    },
    rationale:
      'Text in capital letters and strings of exclamation marks read as shouting. In a message about a debt they turn a reminder into pressure and intimidation, and capitals are harder to read. Write in sentence case and end sentences with one mark; if something matters, say why in plain words. The rule reports runs of three or more words in capitals (also in a Markdown heading, which shouts at the reader just the same) and repeated "!", "?", "¡" or "¿". It leaves alone placeholders, URLs, e-mail addresses, acronyms and short codes (SMS, ATM, CPF, CNPJ, RUC, PIX, USD, the opt-out keywords STOP, BAJA and SAIR…), words with digits or dots, the words of the creditor\'s and collector\'s names, and any word listed in the `allow` option. The rewrite into sentence case is offered as a suggestion, not an automatic fix, because it may change a brand name; repeated punctuation is fixed to a single mark.',
    legal: RESPECTFUL_TONE_LEGAL,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minWords: {
          type: 'integer',
          minimum: 2,
          description: 'How many words in capitals make a run that is reported (default 3).',
        },
        allow: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Words that may be written in capitals (brand names, product codes); they never count.',
        },
      },
    },
    defaultOptions: { minWords: DEFAULT_MIN_WORDS, allow: [] },
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, your ATM card payment via SMS is due. Reply STOP to opt out.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, su cuota vence hoy. Para no recibir más mensajes, responda BAJA.',
        },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Pague com PIX. CNPJ {{creditor.tax_id}}.' },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}. LAST CHANCE: PAY TODAY OR ELSE.' },
        { language: 'en', code: 'Hi {{debtor_name}}, your payment is late!!!' },
        { language: 'es', code: 'Hola {{debtor_name}}. ¡¡ÚLTIMO AVISO: PAGUE HOY MISMO!!' },
        { language: 'pt', code: 'Olá, {{debtor_name}}. ÚLTIMA CHANCE: PAGUE HOJE.' },
      ],
    },
  },
  create(context) {
    const { doc } = context;
    const text = doc.text;
    const minOption = context.options.minWords;
    const minWords = typeof minOption === 'number' && minOption >= 2 ? Math.floor(minOption) : DEFAULT_MIN_WORDS;
    const allowOption = context.options.allow;
    const allowed = new Set(Array.isArray(allowOption) ? allowOption.map((w) => key(String(w))) : []);
    const names = nameWords(context.data);
    const neutral = (k: string): boolean => ACRONYMS.has(k) || allowed.has(k) || names.has(k);
    const skip = indexRanges(notProse(doc));

    for (const part of sentRanges(doc)) {
      const [from, to] = part;
      const slice = text.slice(from, to);

      // Repeated punctuation.
      for (const m of slice.matchAll(PUNCTUATION)) {
        const range: OffsetRange = [from + m.index, from + m.index + m[0].length];
        if (overlaps(skip, range)) continue;
        const opening = /[¡¿]/.test(m[0]);
        const mark = opening ? (m[0].includes('¿') ? '¿' : '¡') : /[?⁉]/.test(m[0]) ? '?' : '!';
        context.report({ messageId: 'punctuation', data: { text: m[0], mark }, range, fix: { range, text: mark } });
      }

      // Runs of words in capitals.
      if (!/\p{Lu}[^\p{Ll}\n]*\p{Lu}/u.test(slice)) continue;
      const kindOf = (word: string, range: OffsetRange): Kind => {
        const kind = classify(word, neutral);
        // "9 AM", "5:30 PM": a clock time, not a word.
        if (
          kind === 'caps' &&
          CLOCK.test(word) &&
          /\p{N}\s*$/u.test(text.slice(Math.max(from, range[0] - 3), range[0]))
        )
          return 'neutral';
        return kind;
      };
      for (const tokens of capitalRuns(text, from, to, (range) => overlaps(skip, range), kindOf)) {
        const words = tokens.filter((t) => t.kind === 'caps' || t.kind === 'letter');
        const count = tokens.filter((t) => t.kind === 'caps').length;
        if (count < minWords) continue;
        const range: OffsetRange = [words[0]!.range[0], words[words.length - 1]!.range[1]];
        const found = text.slice(range[0], range[1]);
        const suggest = sentenceCase(text, part, tokens, range, names, context.language);
        context.report({
          messageId: 'caps',
          data: { text: shorten(found) },
          range,
          ...(suggest !== found
            ? {
                suggest: [
                  { messageId: 'sentenceCase', data: { suggest: shorten(suggest) }, fix: { range, text: suggest } },
                ],
              }
            : {}),
        });
      }
    }
  },
});
