import { defineRule } from './api.js';
import { frontMatterRange } from '../document/front-matter-range.js';
import { renderBody, renderFrontMatterText } from '../render/render.js';
import type { OffsetRange } from '../types.js';

const BODY_MAX = 1024;
const HEADER_FOOTER_MAX = 60;
const BUTTON_LABEL_MAX = 20;

export default defineRule({
  id: 'whatsapp-template',
  meta: {
    category: 'channel',
    description:
      "Meta's rules for WhatsApp message templates: lengths after rendering samples, placeholder placement and numbering, template name, buttons, and the utility category.",
    severity: 'error',
    languages: 'all',
    messages: {
      bodyLength:
        'With its sample values the WhatsApp body is {{length}} characters; Meta rejects more than 1024 (checked after the values are filled in). Shorten the text or the samples.',
      partLength:
        'The WhatsApp {{part}} is {{length}} characters with its sample values; Meta allows at most 60. Shorten it.',
      edge: 'Meta rejects a template whose body {{edge}} with a placeholder. Add some words {{where}} {{placeholder}}, e.g. "{{example}}".',
      adjacent:
        'Two placeholders next to each other ({{first}} {{second}}) are rejected by Meta. Put words between them, e.g. "{{first}}, due on {{second}}".',
      gap: 'Positional placeholders must be numbered 1, 2, 3… without gaps; {{missing}} is missing. Renumber them.',
      name: 'The WhatsApp template name "{{name}}" may only use lowercase letters, digits and "_" (e.g. "{{example}}").',
      category:
        'A collection message is a "utility" template for Meta (a notice about an existing account); category "{{category}}" is for promotions or codes, and mixing them gets the template reclassified or rejected. Use category: utility.',
      buttons: '{{problem}}',
      label: 'The button label "{{label}}" is {{length}} characters; keep it to 20 or fewer.',
    },
    rationale:
      'Meta reviews every WhatsApp template before it can be sent and rejects those that break its rules: a body over 1024 characters once the variables are filled in, a header or footer over 60, placeholders at the very start or end of the body or side by side, positional placeholders with gaps, names with capitals or spaces, more than 10 buttons (2 URL, 1 phone), button labels over 20 characters. A rejected template means the messages are not sent at all. Collection notices belong to the utility category; marketing categories cost more, are blocked for US numbers and must not carry debt collection.',
    legal: [
      {
        law: 'Meta WhatsApp Business Platform — message template guidelines',
        jurisdictions: ['*'],
        sources: ['S73', 'S75', 'S77', 'S78'],
      },
      {
        law: 'Meta — template categories (utility for billing and payment notices)',
        jurisdictions: ['*'],
        sources: ['S80'],
      },
    ],
    examples: {
      valid: [
        {
          code: 'Hi {{debtor_name}}, your payment is due. Call {{contact.phone}} for help.',
          frontMatter: { channel: 'whatsapp', whatsapp: { category: 'utility', name: 'payment_due' } },
        },
      ],
      invalid: [
        {
          code: '{{debtor_name}}, your payment is due.',
          frontMatter: { channel: 'whatsapp', whatsapp: { category: 'marketing', name: 'Payment Due' } },
        },
      ],
    },
  },
  create(context) {
    const { data, doc } = context;
    if (!data || data.channel !== 'whatsapp') return;
    const wa = (data.whatsapp && typeof data.whatsapp === 'object' ? data.whatsapp : {}) as Record<string, unknown>;

    const body = renderBody(doc, data);
    if (body.text.length > BODY_MAX) {
      const at = body.origin.slice(BODY_MAX).find((o) => o >= 0);
      context.report({
        messageId: 'bodyLength',
        data: { length: body.text.length },
        range: at !== undefined ? [at, doc.bodyRange[1]] : frontMatterRange(doc, ['channel']),
      });
    }
    for (const part of ['header', 'footer']) {
      const rendered = renderFrontMatterText(doc, data, `whatsapp.${part}`);
      if (rendered && rendered.text.length > HEADER_FOOTER_MAX)
        context.report({
          messageId: 'partLength',
          data: { part, length: rendered.text.length },
          range: frontMatterRange(doc, ['whatsapp', part]),
        });
    }

    // Placement, on the template text (placeholders of the body, in order).
    const inBody = doc.placeholders.filter((p) => p.where === 'body').sort((a, b) => a.range[0] - b.range[0]);
    const bodyText = doc.text
      .slice(doc.bodyRange[0], doc.bodyRange[1])
      .replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
    const first = bodyText.search(/\S/);
    const last = bodyText.trimEnd().length;
    const lang = context.language ?? 'en';
    const greet = { en: 'Hello', es: 'Hola', pt: 'Olá' }[lang];
    const thanks = { en: 'Thank you.', es: 'Gracias.', pt: 'Obrigado.' }[lang];
    const startsWith = inBody.find((p) => p.range[0] - doc.bodyRange[0] === first);
    if (startsWith) {
      const ph = doc.text.slice(...startsWith.range);
      context.report({
        messageId: 'edge',
        data: { edge: 'starts', where: 'before', placeholder: ph, example: `${greet} ${ph}` },
        range: startsWith.range,
      });
    }
    const endsWith = inBody.find((p) => p.range[1] - doc.bodyRange[0] === last);
    if (endsWith && endsWith !== startsWith) {
      const ph = doc.text.slice(...endsWith.range);
      context.report({
        messageId: 'edge',
        data: { edge: 'ends', where: 'after', placeholder: ph, example: `${ph}. ${thanks}` },
        range: endsWith.range,
      });
    }
    for (let i = 1; i < inBody.length; i++) {
      const a = inBody[i - 1]!;
      const b = inBody[i]!;
      if (/^[ \t]*$/.test(doc.text.slice(a.range[1], b.range[0]))) {
        context.report({
          messageId: 'adjacent',
          data: { first: doc.text.slice(...a.range), second: doc.text.slice(...b.range) },
          range: [a.range[0], b.range[1]],
        });
      }
    }
    const numbers = [...new Set(doc.placeholders.filter((p) => /^\d+$/.test(p.name)).map((p) => Number(p.name)))].sort(
      (x, y) => x - y,
    );
    if (numbers.length > 0) {
      const max = numbers[numbers.length - 1]!;
      const missing = Array.from({ length: max }, (_, k) => k + 1).filter((n) => !numbers.includes(n));
      if (missing.length > 0) {
        const after = doc.placeholders.find((p) => Number(p.name) > missing[0]!);
        context.report({
          messageId: 'gap',
          data: { missing: missing.map((n) => `{{${n}}}`).join(', ') },
          range: after?.range ?? frontMatterRange(doc, ['whatsapp']),
        });
      }
    }

    if (typeof wa.name === 'string' && !/^[a-z0-9_]+$/.test(wa.name)) {
      const example =
        wa.name
          .toLowerCase()
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/[^a-z0-9_]+/g, '_')
          .replace(/^_|_$/g, '') || 'payment_reminder';
      context.report({
        messageId: 'name',
        data: { name: wa.name, example },
        range: frontMatterRange(doc, ['whatsapp', 'name']),
      });
    }
    if (typeof wa.category === 'string' && wa.category !== 'utility') {
      context.report({
        messageId: 'category',
        data: { category: wa.category },
        range: frontMatterRange(doc, ['whatsapp', 'category']),
      });
    }
    const buttons = Array.isArray(wa.buttons) ? (wa.buttons as Record<string, unknown>[]) : [];
    const count = (type: string) => buttons.filter((b) => b && b.type === type).length;
    const buttonsRange: OffsetRange = frontMatterRange(doc, ['whatsapp', 'buttons'], 'key');
    if (buttons.length > 10)
      context.report({
        messageId: 'buttons',
        data: { problem: `The template has ${buttons.length} buttons; Meta allows at most 10.` },
        range: buttonsRange,
      });
    if (count('url') > 2)
      context.report({
        messageId: 'buttons',
        data: { problem: `The template has ${count('url')} URL buttons; Meta allows at most 2.` },
        range: buttonsRange,
      });
    if (count('phone') > 1)
      context.report({
        messageId: 'buttons',
        data: { problem: `The template has ${count('phone')} phone buttons; Meta allows at most 1.` },
        range: buttonsRange,
      });
    buttons.forEach((b, i) => {
      if (b && typeof b.text === 'string' && b.text.length > BUTTON_LABEL_MAX)
        context.report({
          messageId: 'label',
          data: { label: b.text, length: b.text.length },
          range: frontMatterRange(doc, ['whatsapp', 'buttons', String(i), 'text']),
        });
    });
  },
});
