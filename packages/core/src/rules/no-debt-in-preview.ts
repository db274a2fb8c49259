import { defineRule } from './api.js';
import { messageParts, type MessagePart } from '../phrases/scope.js';
import { findDebtDetails, ruleHint } from '../privacy/debt-details.js';
import { renderedLength, renderedOffsets, tokenRenderer } from '../privacy/preview.js';

const DESCRIPTION =
  "No debt words or amounts in what a locked phone's notification shows: the first 60 characters of the message, or an e-mail subject or preheader.";

const DEFAULT_LENGTH = 60;

/** The parts a preview can show. */
const SHOWN = new Set(['body', 'whatsapp.header', 'email.subject', 'email.preheader']);

/** Characters read past the preview's end, so that a phrase or sentence starting inside it is whole. */
const PREFIX_MARGIN = 240;

export default defineRule({
  id: 'no-debt-in-preview',
  meta: {
    category: 'privacy',
    description: DESCRIPTION,
    severity: 'off',
    strictSeverity: 'warn',
    languages: ['en', 'es', 'pt'],
    messages: {
      found: '"{{text}}": {{hint}}',
    },
    rationale:
      'A phone shows the start of a new SMS or WhatsApp message on the lock screen, and an inbox lists the subject and preheader of every e-mail: anyone next to the recipient can read them. Keep the debt out of that part — open with a greeting and who is writing, and give the amount, the overdue status and the debt words further down, where only the person who opens the message reads them. The preview is measured on the message as sent: placeholders replaced by their `sample` values (front-matter paths by their values), a WhatsApp header first. The US statutory sentences ("This is an attempt to collect a debt …") do not count.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692b(5), §1692f(8) — no language or symbol indicating debt collection where others can see it (envelopes; by extension notification previews)',
        jurisdictions: ['US'],
        sources: ['S11', 'S14'],
      },
      {
        law: 'FCA CONC 7.9 — avoid public embarrassment; communications "private and confidential"',
        jurisdictions: ['GB'],
        sources: ['S66'],
      },
      {
        law: 'CONDUSEF — sin leyendas de cobranza visibles en sobres y comunicaciones',
        jurisdictions: ['MX'],
        sources: ['S50'],
      },
      {
        law: 'Código de Defesa do Consumidor art. 42 — o devedor não será exposto a ridículo',
        jurisdictions: ['BR'],
        sources: ['S29'],
      },
    ],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        length: {
          type: 'integer',
          minimum: 1,
          description: 'How many characters of the rendered message a notification shows (default 60).',
        },
      },
    },
    defaultOptions: { length: DEFAULT_LENGTH },
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, this is Ana from the customer care team at {{creditor.name}}. Your balance of $120.50 is past due.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, le escribe Ana, del equipo de atención de {{creditor.name}}. Su cuota de S/ 150.00 está vencida.',
        },
        {
          language: 'pt',
          code: 'Olá, {{debtor_name}}! Aqui é a Ana, da central de atendimento da {{creditor.name}}. A parcela de R$ 150,00 está em atraso.',
        },
      ],
      invalid: [
        { language: 'en', code: 'You owe $120.50! Hi {{debtor_name}}, this is Ana from {{creditor.name}}.' },
        { language: 'es', code: 'Deuda vencida: {{debtor_name}}, le escribe Ana de {{creditor.name}}.' },
        {
          language: 'pt',
          code: 'Olá, {{debtor_name}}. Aqui é a Ana, da {{creditor.name}}.',
          frontMatter: { channel: 'email', email: { subject: 'Dívida em atraso' } },
        },
      ],
    },
  },
  create(context) {
    if (!context.data || !context.language) return;
    const option = context.options.length;
    const length = typeof option === 'number' && option > 0 ? option : DEFAULT_LENGTH;
    const hint = ruleHint(context, DESCRIPTION);
    const render = tokenRenderer(context.doc, context.data);
    // A WhatsApp header is shown above the body: it takes its share of the preview first.
    const header = messageParts(context.doc).find((p) => p.where === 'whatsapp.header');
    const headerLength = context.data.channel === 'whatsapp' && header ? renderedLength(header.content, render) + 1 : 0;
    const offsets = new Map<string, number[]>();
    // Only the start of the body and header can be in the preview: read up to the preview's end, plus
    // a margin so that a phrase or statutory sentence that begins inside it is read whole.
    const prefix = (part: MessagePart): number | undefined => {
      if (part.where !== 'body' && part.where !== 'whatsapp.header') return undefined;
      let o = offsets.get(part.where);
      if (!o) offsets.set(part.where, (o = renderedOffsets(part.content, render)));
      const shift = part.where === 'body' ? headerLength : 0;
      let cut = 0;
      while (cut < part.content.text.length && o[cut]! + shift < length) cut++;
      return cut + PREFIX_MARGIN;
    };
    // Only these parts are shown before the message is opened (a WhatsApp footer is not).
    const parts = (part: MessagePart) => SHOWN.has(part.where);
    const details = findDebtDetails(context, 'preview', { statutory: 'ignore', prefix, parts });
    for (const detail of details) {
      // A subject or preheader is shown whole; the body and header up to the preview's length.
      if (detail.where === 'body' || detail.where === 'whatsapp.header') {
        let o = offsets.get(detail.where);
        if (!o) offsets.set(detail.where, (o = renderedOffsets(detail.part.content, render)));
        const start = o[detail.index[0]]! + (detail.where === 'body' ? headerLength : 0);
        if (start >= length) continue;
      }
      context.report({
        messageId: 'found',
        data: { text: context.doc.text.slice(detail.range[0], detail.range[1]), hint },
        range: detail.range,
      });
    }
  },
});
