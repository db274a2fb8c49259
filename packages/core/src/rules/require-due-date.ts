import { defineRule } from './api.js';
import { findInBody, reportMissing, skeleton, templateFacts } from '../content/requirement.js';

export default defineRule({
  id: 'require-due-date',
  meta: {
    category: 'required',
    description:
      'The message gives a due date (a date variable or a written date); not required on first contact or to third parties.',
    severity: 'warn',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missing:
        'The message gives no date. Add the due date (or the offer\'s deadline, or the payment date), with a date variable (e.g. {{due_date}} declared with "type: date") or a written date ("November 30", "30 de noviembre", "30/11/2026").',
      insertSentence: 'Insert "{{text}}"',
    },
    rationale:
      'Without a date the debtor cannot tell when the debt fell due, how late it is, or until when an offer holds; vague deadlines also invite pressure tactics ("pay now"). Giving the date makes the message checkable and fair. Not required on a first contact or to someone who is not the debtor, where debt details must not appear.',
    legal: [
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza — amount and calculation date',
        jurisdictions: ['MX'],
        sources: ['S49'],
      },
      {
        law: 'Reg F 12 CFR 1006.34 — validation information (itemisation date)',
        jurisdictions: ['US'],
        sources: ['S9'],
      },
      {
        law: 'FCA CONC 7.3 — no pressure to pay in an unreasonably short time',
        jurisdictions: ['GB'],
        sources: ['S69'],
      },
    ],
    examples: {
      valid: [
        { language: 'en', code: 'Hi {{debtor_name}}, your payment was due on November 30, 2026.' },
        { language: 'es', code: 'Hola {{debtor_name}}, su cuota venció el 30 de noviembre.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! A parcela venceu em 30/11/2026.' },
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, your payment was due on {{due_date}}.',
          frontMatter: {
            variables: {
              debtor_name: { type: 'string', sample: 'Sam' },
              due_date: { type: 'date', sample: '2026-11-30' },
            },
          },
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, your payment is overdue. Please call {{contact.phone}}.' },
        { language: 'es', code: 'Hola {{debtor_name}}, puede liquidar su adeudo con un descuento.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Você pode quitar o contrato com desconto.' },
      ],
    },
  },
  create(context) {
    if (!context.data) return;
    const facts = templateFacts(context.data);
    if (facts.stage === 'first-contact' || facts.recipient === 'third-party') return;
    if (findInBody(context)) return;
    reportMissing(context, {
      messageId: 'missing',
      suggestMessageId: 'insertSentence',
      sentence: skeleton(context),
      position: 'end',
    });
  },
});
