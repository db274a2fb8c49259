import { defineRule } from './api.js';
import { findInBody, reportMissing, skeleton } from '../content/requirement.js';

export default defineRule({
  id: 'require-contact-info',
  meta: {
    category: 'required',
    description:
      'The message gives a way to reach the creditor: a phone, e-mail, web address or WhatsApp number (literal, contact.* or a typed placeholder).',
    severity: 'error',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missing:
        'The message gives no way to reach you. Add a phone number, e-mail or web address, e.g. {{contact.phone}} or {{contact.email}} from the front matter, or a phone/email/url variable.',
      insertSentence: 'Insert "{{text}}"',
    },
    rationale:
      'The debtor must be able to answer: to dispute the debt, ask for details, agree a plan or say the number is wrong. A message that only says "pay in our stores" leaves no channel for any of that. Mexico requires the collector\'s address and phone and the complaint unit\'s contacts; US texts must let the consumer reply or opt out; a "contact" section is required in every dunlint template so it can be used here.',
    legal: [
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza — address, phone and complaint contacts',
        jurisdictions: ['MX'],
        sources: ['S49'],
      },
      { law: 'Reg F 12 CFR 1006.34 — validation information (how to dispute)', jurisdictions: ['US'], sources: ['S9'] },
      { law: 'FCA CONC 7.9.4 — tell the customer how to get in touch', jurisdictions: ['GB'], sources: ['S66'] },
      {
        law: 'CDC (Lei 8.078/1990) art. 42-A — identification and address of the supplier',
        jurisdictions: ['BR'],
        sources: ['S29'],
      },
    ],
    examples: {
      valid: [
        { language: 'en', code: 'Hi {{debtor_name}}, questions? Call {{contact.phone}}.' },
        { language: 'en', code: 'Hi {{debtor_name}}, questions? Call 1-800-555-0100 or write to help@acme.example.' },
        { language: 'es', code: 'Hola {{debtor_name}}, si tiene dudas llame al (01) 311-5000.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Dúvidas? Escreva para cobranca@acme.com.br.' },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, you can pay in any of our stores or in the app.' },
        { language: 'es', code: 'Hola {{debtor_name}}, puede pagar en cualquier caja de nuestras tiendas.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Pague no app ou em qualquer uma das nossas lojas.' },
      ],
    },
  },
  create(context) {
    if (!context.data) return;
    if (findInBody(context)) return;
    reportMissing(context, {
      messageId: 'missing',
      suggestMessageId: 'insertSentence',
      sentence: skeleton(context),
      position: 'end',
    });
  },
});
