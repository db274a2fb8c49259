import { defineRule } from './api.js';
import { templateFacts } from '../content/requirement.js';
import { findDebtDetails, ruleHint } from '../privacy/debt-details.js';

const DESCRIPTION =
  'In a message to someone who is not the debtor (recipient: third-party): no mention of a debt, an amount, an overdue payment or a collection.';

export default defineRule({
  id: 'no-third-party-disclosure',
  meta: {
    category: 'privacy',
    description: DESCRIPTION,
    severity: 'error',
    languages: ['en', 'es', 'pt'],
    messages: {
      found: '"{{text}}": {{hint}}',
    },
    rationale:
      'A message to a relative, a reference, a neighbour or whoever now owns a phone number may only try to locate the debtor. Saying that the person owes money — a debt, an amount, a late payment, a collection, a due date, even the subject line "Unpaid debt" — discloses a private financial fact to a stranger, which collection laws forbid (US FDCPA §1692b: never state that the consumer owes a debt; Chile, Mexico, Peru and Spain likewise). Write a location-only message: who is writing, that you are trying to reach the person "about a personal matter", and how they can call back. Words inside the US statutory disclosure count here too: it tells the third party that a debt is being collected.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692b(2), §1692c(b); Reg F 12 CFR 1006.6(d) — a location communication must not state that the consumer owes a debt',
        jurisdictions: ['US'],
        sources: ['S11', 'S1', 'S14'],
      },
      {
        law: 'Ley 19.496 art. 37 — no comunicar a terceros la morosidad',
        jurisdictions: ['CL'],
        sources: ['S53'],
      },
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza — no cobrar a terceros ni a referencias',
        jurisdictions: ['MX'],
        sources: ['S50'],
      },
      { law: 'Código de Protección y Defensa del Consumidor art. 62', jurisdictions: ['PE'], sources: ['S38', 'S40'] },
      {
        law: 'AEPD — se puede llamar a terceros solo sin revelar la condición de deudor ni el importe',
        jurisdictions: ['ES'],
        sources: ['S61', 'S64'],
      },
      {
        law: 'Código de Defesa do Consumidor arts. 42 e 71 — exposição do devedor a terceiros',
        jurisdictions: ['BR'],
        sources: ['S29', 'S35'],
      },
      { law: 'FCA CONC 7.9 — no unfair disclosure to third parties', jurisdictions: ['GB'], sources: ['S66'] },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hello, this is Tom from {{creditor.name}}. We are trying to reach {{debtor_name}} about a personal matter. Please ask them to call us on {{contact.phone}}.',
          frontMatter: { stage: 'first-contact', recipient: 'third-party' },
        },
        {
          language: 'es',
          code: 'Hola, le escribe Daniela de {{creditor.name}}. Estamos intentando ubicar a {{debtor_name}} por un asunto personal. Llámenos al {{contact.phone}}.',
          frontMatter: { stage: 'first-contact', recipient: 'third-party' },
        },
        {
          language: 'pt',
          code: 'Olá! Aqui é o Bruno, da {{creditor.name}}. Estamos tentando localizar {{debtor_name}} para tratar de um assunto pessoal. Ligue para {{contact.phone}}.',
          frontMatter: { stage: 'first-contact', recipient: 'third-party' },
        },
      ],
      invalid: [
        {
          language: 'en',
          code: 'Hello, this is Tom from {{creditor.name}}. We are trying to reach {{debtor_name}} about an unpaid balance. Please ask them to call us on {{contact.phone}}.',
          frontMatter: { stage: 'first-contact', recipient: 'third-party' },
        },
        {
          language: 'es',
          code: 'Hola, le escribe Daniela de {{creditor.name}}. Buscamos a {{debtor_name}} por una deuda vencida. Llámenos al {{contact.phone}}.',
          frontMatter: { stage: 'first-contact', recipient: 'third-party' },
        },
        {
          language: 'pt',
          code: 'Olá! Aqui é o Bruno, da {{creditor.name}}. Procuramos {{debtor_name}} por causa de uma dívida em atraso. Ligue para {{contact.phone}}.',
          frontMatter: { stage: 'first-contact', recipient: 'third-party' },
        },
      ],
    },
  },
  create(context) {
    if (!context.data || templateFacts(context.data).recipient !== 'third-party') return;
    const hint = ruleHint(context, DESCRIPTION);
    for (const detail of findDebtDetails(context, 'disclosure', { statutory: 'count' })) {
      context.report({
        messageId: 'found',
        data: { text: context.doc.text.slice(detail.range[0], detail.range[1]), hint },
        range: detail.range,
      });
    }
  },
});
