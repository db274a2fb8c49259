import { defineRule } from './api.js';
import { frontMatterRange } from '../document/front-matter-range.js';
import { renderBody, sourceOffset } from '../render/render.js';
import { GSM7_REPLACEMENTS, smsInfo } from '../render/sms.js';
import type { OffsetRange } from '../types.js';

export default defineRule({
  id: 'sms-length',
  meta: {
    category: 'channel',
    description:
      'The rendered SMS (samples substituted) fits in `sms.max_segments` segments (default 2); names the first character that forces UCS-2.',
    severity: 'warn',
    languages: 'all',
    hasSuggestions: true,
    messages: {
      tooLong:
        'With its sample values this SMS is {{units}} {{unit}} in {{encoding}}: {{segments}} segments, more than the {{max}} allowed (sms.max_segments). Shorten the text{{hint}}.',
      replace: 'Replace "{{char}}" with "{{with}}" everywhere in the message',
    },
    rationale:
      'An SMS longer than one segment is split and billed per segment (GSM-7: 160 characters alone, 153 each when split; UCS-2: 70 and 67). One character outside the GSM-7 alphabet — an emoji, a typographic quote, "á", "ã", "ê" — switches the whole message to UCS-2 and can double its cost, and long messages arrive out of order on some phones. dunlint measures the message as it is sent: with each placeholder replaced by its sample value.',
    legal: [
      {
        law: '3GPP TS 23.038 (GSM 7-bit alphabet); carrier concatenation limits',
        jurisdictions: ['*'],
        sources: ['S87', 'S88', 'S89'],
      },
    ],
    examples: {
      valid: [
        { code: 'Hi {{debtor_name}}, your payment is due. Call {{contact.phone}}.', frontMatter: { channel: 'sms' } },
      ],
      invalid: [
        {
          code: `Olá {{debtor_name}}, ${'a sua fatura está em aberto e pode ser paga no aplicativo. '.repeat(3)}`,
          language: 'pt',
          frontMatter: { channel: 'sms', sms: { max_segments: 1 } },
        },
      ],
    },
  },
  create(context) {
    const data = context.data;
    if (!data || data.channel !== 'sms') return;
    const sms = data.sms as { max_segments?: unknown } | undefined;
    const max = typeof sms?.max_segments === 'number' ? sms.max_segments : 2;
    const part = renderBody(context.doc, data);
    const info = smsInfo(part.text);
    if (info.segments <= max) return;
    const doc = context.doc;
    let hint = '';
    let range: OffsetRange = [doc.bodyRange[0], doc.bodyRange[0]];
    const suggest = [];
    if (info.encoding === 'UCS-2' && info.firstUcs2Index !== undefined && info.firstUcs2Char) {
      const at = sourceOffset(part, info.firstUcs2Index);
      const char = info.firstUcs2Char;
      const line = at ? doc.lines.position(at[0]).line : 0;
      if (at) range = at[1] - at[0] === 1 ? [at[0], at[0] + char.length] : at;
      hint = line
        ? `, or replace "${char}" (line ${line}), which switches the whole message to UCS-2 (70/67 characters per segment instead of 160/153)`
        : '';
      const withChar = GSM7_REPLACEMENTS[char];
      if (withChar !== undefined && at && at[1] - at[0] === char.length) {
        suggest.push({
          messageId: 'replace' as const,
          data: { char, with: withChar },
          fix: { range: at, text: withChar },
        });
      }
    } else {
      // Point at the text where the allowed segments run out.
      const limit = max === 1 ? 160 : 153 * max;
      const at = sourceOffset(part, Math.min(limit, part.text.length - 1));
      if (at) range = at;
    }
    if (range[0] === range[1]) range = frontMatterRange(doc, ['channel']);
    context.report({
      messageId: 'tooLong',
      data: {
        units: info.units,
        unit: info.encoding === 'GSM-7' ? 'characters' : 'UTF-16 units',
        encoding: info.encoding,
        segments: info.segments,
        max,
        hint,
      },
      range,
      ...(suggest.length ? { suggest } : {}),
    });
  },
});
