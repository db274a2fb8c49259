import { LANGUAGES, defineRule } from './api.js';
import { contentLexicon } from '../content/patterns.js';
import { findInBody, reportMissing, skeleton, templateFacts } from '../content/requirement.js';
import { nameParts } from '../content/names.js';
import { declaredVariables } from '../document/variables.js';
import type { TemplateDocument } from '../document/parse.js';

const ID = 'require-payment-option';

let nonPayment: Set<string> | undefined;
/** Words that make a url variable something other than a payment link (`unsubscribe_link`, `receipt_url`). */
function nonPaymentWords(): Set<string> {
  if (nonPayment) return nonPayment;
  nonPayment = new Set();
  for (const lang of LANGUAGES) {
    const list = contentLexicon(ID, lang)?.nonPaymentLinkWords;
    if (Array.isArray(list)) for (const w of list) nonPayment.add(String(w).toLowerCase());
  }
  return nonPayment;
}

/** Whether a url variable's name says it is a payment link (or at least not an unsubscribe/receipt link). */
export function isPaymentLinkName(name: string): boolean {
  const words = nonPaymentWords();
  return !nameParts(name).some((p) => words.has(p)) && !words.has(name.toLowerCase());
}

/** Whether the body uses a url variable that is a payment link. */
function usesPaymentLink(doc: TemplateDocument): boolean {
  const urls = new Set(
    declaredVariables(doc)
      .filter((v) => v.type === 'url')
      .map((v) => v.name),
  );
  return doc.placeholders.some(
    (p) => p.where === 'body' && p.path.length === 1 && urls.has(p.name) && isPaymentLinkName(p.name),
  );
}

export default defineRule({
  id: ID,
  meta: {
    category: 'required',
    description:
      'The message tells the debtor how to pay: a payment link or payment instructions (not for first contact, payment confirmations or third parties).',
    severity: 'warn',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missing:
        'The message asks for payment but does not say how to pay. Add a payment link (a variable with "type: url", e.g. {{payment_link}}) or instructions ("pay in any branch", "pague en línea", "boleto ou Pix pelo app").',
      insertSentence: 'Insert "{{text}}"',
    },
    rationale:
      "Telling someone they owe money without telling them how to pay only adds stress, and pushes them to call back or to pay through channels that may not be the creditor's own (Mexico requires stating that payments go only to the creditor). A clear payment option is the most useful line of a collection message. It is not needed when the message only confirms a payment, on a first contact (no debt details yet), or to a third party.",
    legal: [
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza — payoff conditions; payments only to the creditor',
        jurisdictions: ['MX'],
        sources: ['S49'],
      },
      {
        law: 'FCA CONC 7.3 — treat customers in arrears with forbearance; explain options',
        jurisdictions: ['GB'],
        sources: ['S69'],
      },
    ],
    examples: {
      valid: [
        { language: 'en', code: 'Hi {{debtor_name}}, you can pay online at https://acme.example/pay.' },
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, you can pay at {{payment_link}}.',
          frontMatter: {
            variables: {
              debtor_name: { type: 'string', sample: 'Sam' },
              payment_link: { type: 'url', sample: 'https://acme.example/p/1' },
            },
          },
        },
        { language: 'es', code: 'Hola {{debtor_name}}, puede pagar en cualquiera de nuestras agencias.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Você pode pagar com boleto ou Pix pelo app.' },
      ],
      invalid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, we can accept a reduced amount. Call {{contact.phone}} and we will explain the next steps.',
        },
        { language: 'es', code: 'Hola {{debtor_name}}, tenemos una propuesta para usted. Llame al {{contact.phone}}.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Temos uma proposta para você. Ligue {{contact.phone}}.' },
      ],
    },
  },
  create(context) {
    if (!context.data) return;
    const facts = templateFacts(context.data);
    if (facts.stage === 'first-contact' || facts.stage === 'payment-confirmation' || facts.recipient === 'third-party')
      return;
    if (usesPaymentLink(context.doc) || findInBody(context)) return;
    reportMissing(context, {
      messageId: 'missing',
      suggestMessageId: 'insertSentence',
      sentence: skeleton(context, 'main', isPaymentLinkName),
      position: 'end',
    });
  },
});
