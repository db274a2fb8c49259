import { defineRule } from './api.js';
import { findInBody, reportMissing, skeleton, templateFacts } from '../content/requirement.js';

export default defineRule({
  id: 'require-debt-amount',
  meta: {
    category: 'required',
    description:
      'The message states the amount owed (a money variable or an amount with its currency); not required on first contact or to third parties.',
    severity: 'error',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missing:
        'The message does not say how much is owed. Add the amount, with a money variable (e.g. {{amount}} declared with "type: money") or a figure with its currency ("$120.50", "S/ 150.00", "R$ 150,00").',
      insertSentence: 'Insert "{{text}}"',
    },
    rationale:
      'A collection message that asks for payment without saying how much is vague at best and misleading at worst: the debtor cannot check the claim, compare it with their records or dispute it. Amount and date are the core facts of the debt (Mexico: "monto y fecha de cálculo"; US validation notices itemise the debt). On a first contact, or to someone who is not the debtor, the amount must NOT appear, so the rule does not apply there.',
    legal: [
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza — amount owed and calculation date',
        jurisdictions: ['MX'],
        sources: ['S49'],
      },
      {
        law: 'Reg F 12 CFR 1006.34 — validation information (itemised amount)',
        jurisdictions: ['US'],
        sources: ['S9'],
      },
      {
        law: 'FDCPA 15 U.S.C. §1692e(2)(A) — no false representation of the amount of a debt',
        jurisdictions: ['US'],
        sources: ['S13'],
      },
      { law: 'Ley 19.496 art. 37 — transparency and veracity in collection', jurisdictions: ['CL'], sources: ['S55'] },
    ],
    examples: {
      valid: [
        { language: 'en', code: 'Hi {{debtor_name}}, your balance of $120.50 is past due. Call {{contact.phone}}.' },
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, your balance of {{amount}} is past due.',
          frontMatter: {
            variables: { debtor_name: { type: 'string', sample: 'Sam' }, amount: { type: 'money', sample: '$120.50' } },
          },
        },
        { language: 'es', code: 'Hola {{debtor_name}}, su cuota de S/ 150.00 está pendiente.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! A parcela de R$ 1.234,56 está em aberto.' },
        {
          language: 'en',
          code: 'Hello, is this {{debtor_name}}? Please call {{contact.phone}}.',
          frontMatter: { stage: 'first-contact' },
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, there is an outstanding balance on your account.' },
        { language: 'es', code: 'Hola {{debtor_name}}, tiene un saldo pendiente con nosotros.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Identificamos uma pendência no seu cadastro.' },
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
