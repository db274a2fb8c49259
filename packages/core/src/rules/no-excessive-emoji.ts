/**
 * no-excessive-emoji: more than `max` emoji in the message (each one past the limit is reported), and
 * the chat slang and text-speak listed in `lexicons/<lang>/no-excessive-emoji.yaml` ("u", "pls", "q",
 * "xq", "vc", "blz"…), as whole words.
 *
 * An emoji is one user-perceived character (grapheme cluster, `Intl.Segmenter`), so a ZWJ family,
 * a flag, a keycap or a skin-tone variant counts once. A pictograph counts when it is shown as an
 * emoji: emoji presentation by default, or asked for with U+FE0F. Typographic symbols that are
 * technically pictographs (©, ®, ™, arrows, ✓, bullets) count only with U+FE0F.
 */
import { isScalar, type Node as YamlNode } from 'yaml';
import { RENDERED_FRONT_MATTER_PATHS, type TemplateDocument } from '../document/parse.js';
import { findRulePhrases } from '../phrases/phrase-rule.js';
import type { OffsetRange } from '../types.js';
import { defineRule } from './api.js';
import { RESPECTFUL_TONE_LEGAL } from './tone-legal.js';

const DEFAULT_MAX = 2;

/** A quick test: could this text hold an emoji at all? */
const MAYBE_EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;
const PRESENTATION = /\p{Emoji_Presentation}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const FLAG = /\p{Regional_Indicator}\p{Regional_Indicator}/u;
/** Pictographs that are ordinary typography unless U+FE0F asks for the emoji form. */
const TEXT_SYMBOLS =
  /^[\u00A9\u00AE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2610-\u2612\u2713\u2714\u2716\u2733\u2734\u2747\u3030\u303D\u3297\u3299]$/u;

/** Whether one grapheme cluster is displayed as an emoji. */
export function isEmojiGrapheme(g: string): boolean {
  if (!MAYBE_EMOJI.test(g)) return false;
  if (FLAG.test(g) || g.includes('\u20E3') || g.includes('\uFE0F')) return true;
  if (PRESENTATION.test(g)) return true;
  if (!PICTOGRAPH.test(g)) return false;
  return !TEXT_SYMBOLS.test(g);
}

let segmenter: Intl.Segmenter | undefined;

/** The emoji of `text[from, to)` in order, as absolute ranges; `skip` ranges (placeholders, comments) are ignored. */
export function findEmoji(text: string, from: number, to: number, skip: readonly OffsetRange[] = []): OffsetRange[] {
  const out: OffsetRange[] = [];
  const slice = text.slice(from, to);
  if (!MAYBE_EMOJI.test(slice)) return out;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  // Only lines that may hold an emoji are segmented.
  let lineStart = 0;
  for (const line of slice.split('\n')) {
    if (MAYBE_EMOJI.test(line)) {
      for (const { segment, index } of segmenter.segment(line)) {
        if (!isEmojiGrapheme(segment)) continue;
        const start = from + lineStart + index;
        if (skip.some(([s, e]) => start >= s && start < e)) continue;
        out.push([start, start + segment.length]);
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** What the recipient sees: the body and the sent front-matter texts, as original ranges, in document order. */
export function sentRanges(doc: TemplateDocument): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  const fm = doc.frontMatter;
  if (fm?.data) {
    for (const path of RENDERED_FRONT_MATTER_PATHS) {
      const node = fm.yaml.getIn(path, true) as YamlNode | undefined;
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
      ranges.push([fm.contentRange[0] + node.range[0], fm.contentRange[0] + node.range[1]]);
    }
  }
  ranges.push(doc.bodyRange);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The range to delete when an emoji is removed: the emoji and one space next to it. */
function removalRange(text: string, [s, e]: OffsetRange): OffsetRange {
  if (text[e] === ' ' && (s === 0 || /[\s(]/.test(text[s - 1]!))) return [s, e + 1];
  if (text[s - 1] === ' ') return [s - 1, e];
  return [s, e];
}

/**
 * Slang joined to more letters or digits by a dot, hyphen or slash is part of an abbreviation or a
 * code ("U.S.", "a.k.a.", "Unit U-4", "Q/A"), not text-speak.
 */
function inAbbreviation(text: string, [s, e]: OffsetRange): boolean {
  const joined = (c: string | undefined, next: string | undefined) =>
    c !== undefined && /[.\-/]/.test(c) && /[\p{L}\p{N}]/u.test(next ?? '');
  return joined(text[e], text[e + 1]) || joined(text[s - 1], text[s - 2]);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export default defineRule({
  id: 'no-excessive-emoji',
  meta: {
    category: 'tone',
    description:
      'No more than two emoji in a message, and no chat slang or text-speak ("u", "pls", "q", "xq", "vc", "blz").',
    severity: 'warn',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      tooMany:
        'Too many emoji: this is emoji number {{count}} in the message (at most {{max}}). A message about a debt with a string of emoji reads as flippant or mocking; keep the text plain.',
      removeEmoji: 'Remove this emoji',
      slang: '"{{text}}": {{hint}}',
      reword: 'Replace with "{{suggest}}"',
    },
    rationale:
      'A collection message must be clear and respectful. Emoji strings and chat slang ("u", "pls", "q", "xq", "vc", "blz", "bjs") read as careless, mocking or over-familiar in a message about someone\'s debt, can be misread (🤔, 😕, 💸 next to an amount), and make the text harder to understand for older readers and screen readers; on SMS every emoji also forces the UCS-2 encoding and can double the number of segments. One or two emoji are tolerated in a WhatsApp message; more are reported, one diagnostic for each emoji past the limit. A ZWJ sequence (👨‍👩‍👧), a flag or a skin-tone variant counts as one emoji; ©, ® and ™ do not count. Slang is read from the lexicon of the template\'s language and can be extended with a team lexicon.',
    legal: RESPECTFUL_TONE_LEGAL,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max: {
          type: 'integer',
          minimum: 0,
          description: 'How many emoji a message may hold before each further one is reported (default 2).',
        },
      },
    },
    defaultOptions: { max: DEFAULT_MAX },
    examples: {
      valid: [
        { language: 'en', code: 'Hi {{debtor_name}} 👋 your bill is ready. Questions? Call {{contact.phone}}.' },
        { language: 'es', code: 'Hola {{debtor_name}}, le recordamos que su cuota vence pronto 📅. Gracias.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Você pode pagar pelo link. Obrigado 🙏' },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}} 👋 your bill is overdue 😕 pay now 💸' },
        { language: 'en', code: 'Hi {{debtor_name}}, pls call us back.' },
        { language: 'es', code: 'Hola {{debtor_name}}, le recuerdo q su cuota vence hoy.' },
        { language: 'pt', code: 'Oi {{debtor_name}}, vc pode pagar pelo link, blz?' },
      ],
    },
  },
  create(context) {
    const { doc } = context;
    const text = doc.text;
    const configured = context.options.max;
    const max = typeof configured === 'number' && configured >= 0 ? Math.floor(configured) : DEFAULT_MAX;

    const skip: OffsetRange[] = [...doc.placeholders.map((p) => p.range), ...doc.comments.map((c) => c.range)];
    const emoji = sentRanges(doc).flatMap(([from, to]) => findEmoji(text, from, to, skip));
    emoji.forEach((range, i) => {
      if (i < max) return;
      context.report({
        messageId: 'tooMany',
        data: { count: i + 1, max },
        range,
        suggest: [{ messageId: 'removeEmoji', fix: { range: removalRange(text, range), text: '' } }],
      });
    });

    for (const match of findRulePhrases(context)) {
      if (inAbbreviation(text, match.range)) continue;
      const found = text.slice(match.range[0], match.range[1]);
      let suggest = match.entry.suggest;
      if (suggest && /^\p{Lu}/u.test(found)) suggest = capitalize(suggest);
      context.report({
        messageId: 'slang',
        data: { text: found, hint: match.entry.hint ?? '' },
        range: match.range,
        ...(suggest
          ? { suggest: [{ messageId: 'reword', data: { suggest }, fix: { range: match.range, text: suggest } }] }
          : {}),
      });
    }
  },
});
