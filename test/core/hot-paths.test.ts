/**
 * The fast paths behind linting a large document (a 200 KB body in the editor) must give exactly
 * what the straightforward code gives. Each is compared with a plain reference written here — the
 * way the code read before it was made fast — on hand-picked and generated text: ASCII and
 * accented prose, emoji and other astral characters, lone surrogates, combining marks, CRLF and
 * Unicode line breaks, placeholders, capitals and punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, parseTemplate, smsInfo, type OffsetRange } from '@dunlint/core';
import { foldCase, normalizeContent, type ContentToken } from '../../packages/core/dist/content/text.js';
import { WORD_CHARS } from '../../packages/core/dist/content/patterns.js';
import { distinctWords } from '../../packages/core/dist/phrases/match.js';
import {
  placeholderValues,
  renderBody,
  renderFrontMatterText,
  sourceOffset,
  type RenderedPart,
} from '../../packages/core/dist/render/render.js';
import {
  blankWordsWithDigits,
  clearlyDeclared,
  detectLanguage,
  detectMismatch,
  functionWordTable,
  isWhiteSpace,
  mismatchedLanguage,
  proseChunks,
  sentencesOf,
} from '../../packages/core/dist/rules/locale-mismatch.js';
import {
  URL_OR_EMAIL,
  capitalRuns,
  linkRanges,
  type Kind,
  type Token,
} from '../../packages/core/dist/rules/no-shouting.js';

/** `npm run fuzz` raises the number of generated texts. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Pieces that generated texts are made of: every one is a case some fast path treats specially. */
const PIECES = [
  'a',
  'payment',
  'Hi',
  'Your',
  'STOP',
  'PAY',
  'NOW',
  'LAST',
  'I',
  'A',
  'ok',
  "O'NEIL",
  'l’ÉTAT',
  'U.S.',
  'S.A.',
  'R&D',
  'AT&T',
  'É',
  'é',
  'ÚLTIMO',
  'e\u0301',
  'E\u0301',
  'ß',
  'İ',
  'ﬁ',
  'Σ',
  'ΣΟΦΙΑ',
  'ǅ',
  'Ω',
  'Ñ',
  'ç',
  'Ç',
  '€',
  '£',
  '¤',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\n\n',
  '\r\n\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\ufeff',
  '\u200b',
  '😀',
  '👍🏽',
  '🇧🇷',
  '𝐀𝐁𝐂',
  '\ud800',
  '\udc00',
  '\uFE0F',
  '\u200d',
  '.',
  '!',
  '?',
  '!!',
  '?!',
  '¡¡',
  '¿',
  '‼',
  '…',
  ',',
  ';',
  ':',
  '|',
  "'",
  '’',
  '-',
  '–',
  '&',
  '/',
  '"',
  '“',
  '(',
  ')',
  '#',
  '*',
  '_',
  '<',
  '>',
  '1',
  '42',
  '9 AM',
  '5:30 PM',
  '²',
  '٣',
  'Ⅻ',
  '$120.00',
  'R$ 1.250,00',
  '8F2',
  'N°5',
  '{{debtor_name}}',
  '{{ amount }}',
  '{{creditor.name}}',
  '{{1}}',
  '{{',
  '}}',
  '<!-- x -->',
  'www.EXAMPLE.com/PATH',
  'https://nw.example/p/8F2',
  'x@y.com',
  'CALL@ACME.COM',
  '`CODE`',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

/** Hand-picked texts, checked besides the generated ones. */
const SAMPLES = [
  '',
  ' ',
  '\n\n',
  'Hi {{debtor_name}}, this is Sam from {{creditor.name}}. Your payment of {{amount}} was due {{due_date}}.',
  'LAST CHANCE: PAY TODAY OR WE WILL SUE YOU!!\r\nReply STOP to opt out.',
  '¡¡ÚLTIMO AVISO: PAGUE HOY MISMO!! Olá, você está em atraso. Ação necessária já.',
  'ACME FINANÇAS LTDA\n| PAY | NOW | TODAY |\n9 AM PM EST 5:30 PM',
  'e\u0301te\u0301 ÉTÉ İstanbul ﬁnal Straße ΣΟΦΟΣ. 😀😀 \ud800x \udc00y 𝐀𝐁𝐂 𝐃𝐄𝐅 𝐆𝐇𝐈',
  'a. b! c? d\u2028e\u00a0\u00a0f \t\tg.\u3000h',
  'R$ 1.250,00 em 12/03/2027, CPF 123.456.789-00, N°5 e ٣ e Ⅻ e x²',
];

const samplesAnd = (run: (text: string) => void): void => {
  for (const text of SAMPLES) run(text);
  fc.assert(
    fc.property(textArb, (text) => {
      run(text);
    }),
    { numRuns: RUNS },
  );
};

// ---------------------------------------------------------------------------------------------
// The content view (content/text.ts).

/** normalizeContent as plain code: one character at a time, strings concatenated. */
function referenceContent(
  source: string,
  from: number,
  to: number,
  tokens: readonly ContentToken[],
  skip: readonly OffsetRange[],
): { text: string; starts: number[]; ends: number[] } {
  const marks = [
    ...tokens.map((t) => ({ range: t.range, token: t.token })),
    ...skip.map((r) => ({ range: r, token: ' ' })),
  ]
    .filter((m) => m.range[1] > from && m.range[0] < to)
    .sort((a, b) => a.range[0] - b.range[0]);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastIsSpace = false;
  const emit = (s: string, start: number, end: number): void => {
    for (const unit of s.split('')) {
      text += unit;
      starts.push(start);
      ends.push(end);
    }
    if (s !== '') lastIsSpace = false;
  };
  const emitSpace = (s: string, start: number, end: number): void => {
    if (lastIsSpace) {
      if (s === '\n') text = `${text.slice(0, -1)}\n`;
      ends[ends.length - 1] = end;
      return;
    }
    emit(s, start, end);
    lastIsSpace = true;
  };
  let mi = 0;
  let i = from;
  while (i < to) {
    while (mi < marks.length && marks[mi]!.range[1] <= i) mi++;
    const mark = marks[mi];
    if (mark && mark.range[0] <= i) {
      if (mark.token === ' ') emitSpace(' ', mark.range[0], mark.range[1]);
      else emit(mark.token, mark.range[0], mark.range[1]);
      i = mark.range[1];
      mi++;
      continue;
    }
    const ch = String.fromCodePoint(source.codePointAt(i)!);
    if (/\s/.test(ch)) {
      let j = i;
      let newlines = 0;
      while (j < to && /\s/.test(source[j]!) && !(mark && mark.range[0] <= j)) {
        if (source[j] === '\n') newlines++;
        j++;
      }
      emitSpace(newlines >= 2 ? '\n' : ' ', i, j);
      i = j;
      continue;
    }
    emit(foldCase(ch), i, i + ch.length);
    i += ch.length;
  }
  return { text, starts, ends };
}

/** Random ranges of a text (some overlapping, some reaching outside it), as tokens and skipped parts. */
const marksArb = (length: number) =>
  fc.record({
    tokens: fc.array(
      fc.record({
        at: fc.nat(length + 2),
        len: fc.integer({ min: 1, max: 12 }),
        token: fc.constantFrom('{{var:money:amount}}', '{{ns:creditor.name}}', '{{var:unknown:x}}'),
      }),
      { maxLength: 5 },
    ),
    skip: fc.array(fc.record({ at: fc.nat(length + 2), len: fc.integer({ min: 1, max: 12 }) }), { maxLength: 4 }),
    from: fc.nat(3),
    cut: fc.nat(3),
  });

describe('normalizeContent equals the one-character-at-a-time reference', () => {
  const check = (
    text: string,
    tokens: ContentToken[] = [],
    skip: OffsetRange[] = [],
    from = 0,
    to = text.length,
  ): void => {
    const got = normalizeContent(text, from, to, tokens, skip);
    const want = referenceContent(text, from, to, tokens, skip);
    expect({ text: got.text, starts: [...got.starts], ends: [...got.ends] }).toEqual(want);
  };

  it('on hand-picked texts', () => {
    for (const text of SAMPLES) check(text);
    check('Pay {{amount}} now', [{ range: [4, 14], token: '{{var:money:amount}}' }]);
    check('a <!-- x -->\n\nb', [], [[2, 12]]);
    check('a\n\n<!-- x -->\n\nb  c', [], [[3, 13]]);
    check('İİİİ ﬁﬁ ßß e\u0301', [], [], 1, 9);
  });

  it('on generated texts with placeholders, hidden parts and cut ends', () => {
    fc.assert(
      fc.property(
        textArb.chain((text) => fc.tuple(fc.constant(text), marksArb(text.length))),
        ([text, m]) => {
          const tokens = m.tokens.map((t) => ({ range: [t.at, t.at + t.len] as OffsetRange, token: t.token }));
          const skip = m.skip.map((s) => [s.at, s.at + s.len] as OffsetRange);
          const from = Math.min(m.from, text.length);
          check(text, tokens, skip, from, Math.max(from, text.length - m.cut));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('grows past its first guess when folding makes the text longer', () => {
    // "ǅ" lower-cases to one unit, "İ" to two (then the dot above goes): every character is checked.
    const text = 'İ'.repeat(50) + 'ǅ'.repeat(50);
    check(text);
  });
});

// ---------------------------------------------------------------------------------------------
// The phrase pre-filter's word list (phrases/match.ts).

describe('linkRanges equals the matches of URL_OR_EMAIL', () => {
  const reference = (text: string): OffsetRange[] =>
    [...text.matchAll(URL_OR_EMAIL)].map((m) => [m.index, m.index + m[0].length]);
  const LINK_PIECES = [
    'a',
    'Zé',
    'ß',
    '9',
    '@',
    '.',
    '_',
    '%',
    '+',
    '-',
    ' ',
    '\n',
    '(',
    '<',
    'com',
    'www.',
    'http://',
    'HTTPS://',
    'pay@x.example',
    'a.b@c-d.co.uk',
    '😀',
    '\ud83d',
    'ſ',
    'K',
  ];

  it('on hand-picked texts', () => {
    for (const text of [
      'Write to accounts@oakfield.example or visit www.oakfield.example/pay.',
      'a@b.com_x@c.org and a@b.com.x@c.org',
      'mail:x@y.z,www.a.b(c)d@e.f',
      'http://a.example/x@y.z then b@c.d',
      'no links here, only @ and . and words',
      'ÁLVARO.GÓMEZ@EMPRESA.ES — llame hoy',
      '😀x@y.z😀',
    ]) {
      expect(linkRanges(text), text).toEqual(reference(text));
    }
  });

  it('on generated texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINK_PIECES), { maxLength: 40 }).map((p) => p.join('')),
        (text) => {
          expect(linkRanges(text)).toEqual(reference(text));
        },
      ),
      { numRuns: RUNS * 10 },
    );
  });
});

describe('distinctWords equals the distinct, sorted matches of the word class', () => {
  const WORD = new RegExp(`[${WORD_CHARS}]+`, 'g');
  const reference = (text: string) => [...new Set(text.match(WORD) ?? [])].sort();

  it('on every UTF-16 unit', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += `${String.fromCharCode(c)} `;
    expect(distinctWords(all)).toEqual(reference(all));
  });

  it('on hand-picked and generated texts, folded or not', () => {
    samplesAnd((text) => {
      expect(distinctWords(text)).toEqual(reference(text));
      const folded = foldCase(text);
      expect(distinctWords(folded)).toEqual(reference(folded));
    });
  });

  it('with thousands of distinct words (the table grows)', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)} x${i % 7}`).join(' ');
    expect(distinctWords(text)).toEqual(reference(text));
  });
});

// ---------------------------------------------------------------------------------------------
// Rendering (render/render.ts) and SMS segments (render/sms.ts).

/** renderBody as plain code: one character at a time, `origin` pushed alongside. */
function referenceRender(text: string): { text: string; origin: number[]; substitutions: unknown[] } {
  const doc = parseTemplate(text);
  const data = doc.frontMatter?.data;
  const [from, to] = doc.bodyRange;
  const valueOf = placeholderValues(doc, data, {});
  const marks = [
    ...doc.placeholders
      .filter((p) => p.where === 'body' && p.range[0] >= from && p.range[1] <= to)
      .map((p) => ({ range: p.range, name: p.name as string | undefined })),
    ...doc.comments
      .map((c) => [...c.range] as OffsetRange)
      .filter((r) => r[0] >= from && r[1] <= to)
      .map((r) => ({ range: r, name: undefined })),
  ].sort((a, b) => a.range[0] - b.range[0]);
  let out = '';
  const origin: number[] = [];
  const substitutions: RenderedPart['substitutions'] = [];
  let i = from;
  for (const mark of marks) {
    if (mark.range[0] < i) continue;
    for (; i < mark.range[0]; i++) {
      out += doc.text[i];
      origin.push(i);
    }
    if (mark.name !== undefined) {
      const value = valueOf(mark.name);
      if (value === undefined) {
        for (let k = mark.range[0]; k < mark.range[1]; k++) {
          out += doc.text[k];
          origin.push(k);
        }
      } else {
        substitutions.push({
          name: mark.name,
          value,
          rendered: [out.length, out.length + value.length],
          source: mark.range,
        });
        out += value;
        for (let k = 0; k < value.length; k++) origin.push(-1);
      }
    } else if (doc.text[mark.range[1]] === '\n' && (out === '' || out.endsWith('\n'))) mark.range[1] += 1;
    i = mark.range[1];
  }
  for (; i < to; i++) {
    out += doc.text[i];
    origin.push(i);
  }
  const lead = out.length - out.trimStart().length;
  const end = out.length - (out.length - out.trimEnd().length);
  return {
    text: out.slice(lead, end),
    origin: origin.slice(lead, end),
    substitutions: substitutions
      .filter((s) => s.rendered[0] >= lead && s.rendered[1] <= end)
      .map((s) => ({ ...s, rendered: [s.rendered[0] - lead, s.rendered[1] - lead] })),
  };
}

/** sourceOffset as plain code, on the reference's `origin`. */
function referenceSourceOffset(
  part: { origin: number[]; substitutions: unknown[] },
  index: number,
): OffsetRange | undefined {
  const o = part.origin[index];
  if (o !== undefined && o >= 0) return [o, o + 1];
  const subs = part.substitutions as RenderedPart['substitutions'];
  return subs.find((s) => index >= s.rendered[0] && index < s.rendered[1])?.source;
}

const FRONT_MATTER =
  '---\nid: t\nlocale: en-US\nchannel: sms\ncreditor:\n  name: Acme Finance\nvariables:\n  debtor_name: { type: string, sample: Jordan }\n  amount: { type: money, sample: "$120.00" }\n  empty: { type: string, sample: "" }\n  emoji: { type: string, sample: "😀 ok" }\n---\n';
const BODY_PIECES = [
  ...PIECES,
  '{{amount}}',
  '{{empty}}',
  '{{emoji}}',
  '{{unknown_thing}}',
  '<!-- dunlint-disable -->\n',
  '\n<!-- c -->\n',
];
const bodyArb = fc.array(fc.constantFrom(...BODY_PIECES), { maxLength: 50 }).map((p) => p.join(''));

describe('renderBody equals the one-character-at-a-time reference', () => {
  const check = (text: string): void => {
    const part = renderBody(parseTemplate(text), parseTemplate(text).frontMatter?.data);
    const want = referenceRender(text);
    expect({ text: part.text, origin: part.origin, substitutions: part.substitutions }).toEqual(want);
    // The spans answer sourceOffset without building `origin`: every index, and outside the text.
    const fresh = renderBody(parseTemplate(text), parseTemplate(text).frontMatter?.data);
    for (let i = -1; i <= want.text.length + 1; i++)
      expect(sourceOffset(fresh, i)).toEqual(referenceSourceOffset(want, i));
    expect(sourceOffset(fresh, 0.5)).toEqual(referenceSourceOffset(want, 0.5));
  };

  it('on hand-picked bodies', () => {
    for (const body of SAMPLES) check(FRONT_MATTER + body);
    check(`${FRONT_MATTER}\n\n  <!-- c -->\nHi {{debtor_name}}, {{amount}}{{empty}}{{emoji}} {{nope}}\n\n`);
    check('no front matter {{x}}\r\n\r\n');
    // Long bodies keep `origin` unbuilt until it is read.
    check(`${FRONT_MATTER}${'Hi {{debtor_name}}, pay {{amount}}{{empty}} 😀 now.\r\n<!-- c -->\n'.repeat(200)}\n`);
  });

  it('on generated bodies with samples, empty values, unknown placeholders and comments', () => {
    fc.assert(
      fc.property(bodyArb, (body) => check(FRONT_MATTER + body)),
      { numRuns: RUNS },
    );
  });

  it.each([1, 1000])(
    'keeps `origin` an ordinary property: in JSON, in a spread copy, and assignable (%i lines)',
    (lines) => {
      const doc = parseTemplate(`${FRONT_MATTER}${'Hi {{debtor_name}}.\n'.repeat(lines)}`);
      const part = renderBody(doc, doc.frontMatter?.data);
      const json = JSON.parse(JSON.stringify(part)) as RenderedPart;
      expect(Object.keys(json)).toEqual(['where', 'text', 'origin', 'substitutions', 'unresolved']);
      expect(json.origin).toEqual(part.origin);
      expect({ ...part }.origin).toEqual(part.origin);
      part.origin = part.origin.map(() => 0);
      expect(sourceOffset(part, 0)).toEqual([0, 1]);
    },
  );

  it('maps a quoted front-matter text as before', () => {
    const doc = parseTemplate(
      '---\nid: t\nlocale: en-US\nchannel: email\nemail:\n  subject: "Hi {{debtor_name}} é"\nvariables:\n  debtor_name: { type: string, sample: Jo }\n---\nBody\n',
    );
    const part = renderFrontMatterText(doc, doc.frontMatter?.data, 'email.subject')!;
    expect(part.text).toBe('Hi Jo é');
    const at = doc.text.indexOf('"Hi') + 1;
    expect(part.origin).toEqual([at, at + 1, at + 2, -1, -1, at + 18, at + 19]);
    expect(sourceOffset(part, 3)).toEqual([at + 3, at + 18]);
  });
});

describe('smsInfo equals the character-by-character reference', () => {
  const BASIC = new Set(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  );
  const EXTENSION = new Set('\f^{}\\[~]|€');
  const reference = (text: string) => {
    let septets = 0;
    let index = 0;
    for (const ch of text) {
      if (BASIC.has(ch)) septets += 1;
      else if (EXTENSION.has(ch)) septets += 2;
      else {
        const segments = text.length <= 70 ? 1 : Math.ceil(text.length / 67);
        return {
          encoding: 'UCS-2',
          units: text.length,
          segments,
          firstUcs2Index: index,
          firstUcs2Char: ch,
          perSegment: segments === 1 ? 70 : 67,
        };
      }
      index += ch.length;
    }
    const segments = septets <= 160 ? 1 : Math.ceil(septets / 153);
    return { encoding: 'GSM-7', units: septets, segments, perSegment: segments === 1 ? 160 : 153 };
  };
  const GSM = fc.constantFrom(
    ...'@£$¥èé\nØ\rΔ_ !"#¤%&\'()*+,-./09:;<=>?¡AZÄ§¿azäà\f^{}\\[~]|€'.split(''),
    'abc ',
    'Pay now. ',
  );

  it('on hand-picked and generated texts, and on long GSM-7 texts', () => {
    samplesAnd((text) => {
      expect(smsInfo(text)).toEqual(reference(text));
    });
    fc.assert(
      fc.property(
        fc.array(GSM, { maxLength: 400 }),
        fc.constantFrom('', 'é', 'á', '😀', '\ud800', '\udc00', '’'),
        (p, tail) => {
          const text = p.join('') + tail;
          expect(smsInfo(text)).toEqual(reference(text));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// locale-mismatch's prose.

describe('locale-mismatch prose helpers equal their regular-expression references', () => {
  it('isWhiteSpace is \\s on every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('sentencesOf splits and collapses like split() + replace() + trim()', () => {
    const reference = (text: string) =>
      text.split(/(?<=[.!?])\s+|\s*\n\s*/u).map((raw) => raw.replace(/\s+/g, ' ').trim());
    samplesAnd((text) => {
      expect(sentencesOf(text)).toEqual(reference(text));
    });
  });

  it('blankWordsWithDigits blanks what the plain pattern blanks', () => {
    const reference = (text: string) => text.replace(/[\p{L}\p{N}]*\p{N}[\p{L}\p{N}.,:/-]*/gu, ' ');
    samplesAnd((text) => {
      expect(blankWordsWithDigits(text)).toEqual(reference(text));
    });
  });
});

describe('locale-mismatch function-word votes equal the word-by-word reference', () => {
  const LANGS = ['en', 'es', 'pt'] as const;
  const reference = (chunks: readonly string[], declared: (typeof LANGS)[number]): boolean => {
    const table = functionWordTable();
    const votes = { en: 0, es: 0, pt: 0 };
    for (const chunk of chunks)
      for (const w of foldCase(chunk).match(/[a-z]+/g) ?? []) {
        const lang = table.get(w);
        if (lang) votes[lang]++;
      }
    const total = votes.en + votes.es + votes.pt;
    return votes[declared] >= 4 && votes[declared] >= 0.85 * total;
  };
  /** The flow before the prose was read once: chunks first, then the function words, then the detector. */
  const referenceMismatch = (text: string, declared: (typeof LANGS)[number]) => {
    const doc = parseTemplate(text);
    const data = doc.frontMatter?.data;
    const chunks = proseChunks(doc, data);
    if (reference(chunks, declared)) return undefined;
    const first = mismatchedLanguage(detectLanguage(chunks, declared), declared);
    if (!first) return undefined;
    const second = mismatchedLanguage(detectLanguage(proseChunks(doc, data, declared), declared), declared);
    return second === first ? first : undefined;
  };
  const wordsOf = (lang: string) => [...functionWordTable()].filter(([, l]) => l === lang).map(([w]) => w);
  /** Mostly one language's function words (sometimes only them), with others and odd pieces mixed in. */
  const proseArb = fc
    .tuple(fc.constantFrom(...LANGS), fc.constantFrom(0.5, 0.9, 0.97, 1))
    .chain(([main, share]) =>
      fc
        .array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.constantFrom(...wordsOf(main)),
            fc.constantFrom(...functionWordTable().keys(), ...PIECES, 'Você', 'ESTÁ', 'Qué', 'THE'),
          ),
          { maxLength: 80 },
        )
        .map((p) => p.map(([r, own, other]) => (r < share ? own : other)).join(' ')),
    );

  it('on generated texts in a mix of the three languages', () => {
    fc.assert(
      fc.property(proseArb, fc.constantFrom(...LANGS), (text, lang) => {
        const chunks = text.split(/(?<=\.)/);
        expect(clearlyDeclared(chunks, lang)).toBe(reference(chunks, lang));
      }),
      { numRuns: RUNS },
    );
  });

  it('detectMismatch decides as chunks-first did', () => {
    fc.assert(
      fc.property(proseArb, fc.constantFrom(...LANGS), (body, lang) => {
        const text = `---\nid: t\nlocale: ${lang}\nchannel: sms\n---\n${body}\n`;
        const doc = parseTemplate(text);
        expect(detectMismatch(doc, doc.frontMatter?.data, lang)).toBe(referenceMismatch(text, lang));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// no-shouting's runs of capitals.

describe('capitalRuns finds the runs a word-by-word scan finds', () => {
  const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.&-][\p{L}\p{M}\p{N}]+)*/gu;
  const kindOf = (word: string): Kind => {
    if (/\p{Ll}/u.test(word)) return 'lower';
    if (!/\p{Lu}/u.test(word)) return /\p{L}/u.test(word) ? 'lower' : 'neutral';
    if (/[\p{N}.&]/u.test(word) || ['STOP', 'SMS', 'ÉL'].includes(word)) return 'neutral';
    return word.replace(/[^\p{L}]/gu, '').length < 2 ? 'letter' : 'caps';
  };
  /** Every word read in turn, as the rule did before it skipped ahead. */
  const reference = (text: string, from: number, to: number, skipped: (r: OffsetRange) => boolean): Token[][] => {
    const runs: Token[][] = [];
    let run: Token[] = [];
    let prevEnd = from;
    const flush = () => {
      if (run.length > 0) runs.push(run);
      run = [];
    };
    for (const m of text.slice(from, to).matchAll(TOKEN)) {
      const range: OffsetRange = [from + m.index, from + m.index + m[0].length];
      if (skipped(range)) continue;
      const kind = kindOf(m[0]);
      if (kind === 'lower' || /[\n|]/.test(text.slice(prevEnd, range[0]))) flush();
      if (kind !== 'lower') run.push({ range, word: m[0], kind });
      prevEnd = range[1];
    }
    flush();
    return runs;
  };
  /** What a run reports: from its first to its last word in capitals (leading or trailing codes do not matter). */
  const reported = (runs: Token[][]) =>
    runs.flatMap((run) => {
      const words = run.map((t, i) => [t, i] as const).filter(([t]) => t.kind === 'caps' || t.kind === 'letter');
      if (words.length === 0) return [];
      return [run.slice(words[0]![1], words[words.length - 1]![1] + 1)];
    });

  it('on hand-picked and generated texts, with parts of them not prose', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 15 })), { maxLength: 4 }),
        fc.nat(4),
        (text, holes, cut) => {
          const skipped = ([s, e]: OffsetRange) => holes.some(([a, len]) => s < a + len && a < e);
          const from = Math.min(cut, text.length);
          const got = capitalRuns(text, from, text.length, skipped, kindOf);
          expect(reported(got)).toEqual(reported(reference(text, from, text.length, skipped)));
        },
      ),
      { numRuns: RUNS * 2 },
    );
    for (const text of SAMPLES) {
      const none = () => false;
      expect(reported(capitalRuns(text, 0, text.length, none, kindOf))).toEqual(
        reported(reference(text, 0, text.length, none)),
      );
    }
  });
});

describe('no-shouting leaves no state behind between documents', () => {
  it("reads the creditor's name the same way on every lint", () => {
    const text =
      '---\nid: t\nlocale: en-US\nchannel: sms\ncreditor:\n  name: Harbor Point Bank\n---\nHi. PAY BY BANK TRANSFER TODAY please. Thanks, Sam\n';
    const suggestions = () =>
      lint(text)
        .messages.filter((m) => m.ruleId === 'no-shouting')
        .map((m) => m.suggestions?.[0]?.fix.text);
    const first = suggestions();
    expect(first).toEqual(['Pay by Bank transfer today']);
    // A scan that ended part-way through the body must not shift the next document's name words.
    expect(suggestions()).toEqual(first);
    expect(suggestions()).toEqual(first);
  });
});
