import { defineRule } from './api.js';
import { contentEntries, findContent } from '../content/patterns.js';
import { templateFacts } from '../content/requirement.js';
import { bodyContent } from '../content/text.js';
import { findDebtDetails, ruleHint } from '../privacy/debt-details.js';

const DESCRIPTION =
  'In a first contact (stage: first-contact): no debt details — amount, overdue payment, debt words, due date — before the recipient has confirmed being the debtor.';

export default defineRule({
  id: 'no-premature-disclosure',
  meta: {
    category: 'privacy',
    description: DESCRIPTION,
    severity: 'error',
    languages: ['en', 'es', 'pt'],
    messages: {
      found: '"{{text}}": {{hint}}',
    },
    rationale:
      'Phone numbers and e-mail addresses change hands, and a first message may be read by a relative, a colleague or a stranger. Until the recipient has confirmed being the debtor — which happens only when they answer the identity question ("Is this …?", "¿Hablo con…?", "Falo com…?"), after reading the whole message — nothing in it may reveal the debt: no amount, no "overdue", no "debt", no due date, not even in the e-mail subject. The identity question itself does not confirm anything, so a detail placed after it in the same message is just as premature. The US statutory sentences ("This is an attempt to collect a debt …", "This communication is from a debt collector") are required by law and do not count.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692b, §1692c(b); Reg F 12 CFR 1006.6(d) — no disclosure of the debt to third parties',
        jurisdictions: ['US'],
        sources: ['S11', 'S1'],
      },
      { law: 'FCA CONC 7.9 — verify identity before discussing the debt', jurisdictions: ['GB'], sources: ['S66'] },
      {
        law: 'AEPD — no revelar la condición de deudor ni el importe a terceros',
        jurisdictions: ['ES'],
        sources: ['S61', 'S64'],
      },
      {
        law: 'Ley 19.496 art. 37 — no comunicar a terceros la morosidad',
        jurisdictions: ['CL'],
        sources: ['S53'],
      },
      {
        law: 'Código de Defesa do Consumidor arts. 42 e 71 — exposição do devedor a terceiros',
        jurisdictions: ['BR'],
        sources: ['S29', 'S35'],
      },
      { law: 'Código de Protección y Defensa del Consumidor art. 62', jurisdictions: ['PE'], sources: ['S38', 'S40'] },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hello, this is Ana from {{creditor.name}}. Is this {{debtor_name}}? Please reply YES or call {{contact.phone}}. This is an attempt to collect a debt and any information obtained will be used for that purpose.',
          frontMatter: { stage: 'first-contact' },
        },
        {
          language: 'es',
          code: 'Hola, le escribe Ana de {{creditor.name}}. ¿Hablo con {{debtor_name}}? Necesitamos conversar sobre un tema de su cuenta.',
          frontMatter: { stage: 'first-contact' },
        },
        {
          language: 'pt',
          code: 'Olá! Aqui é a Ana, da {{creditor.name}}. Falo com {{debtor_name}}? Temos um assunto sobre sua conta.',
          frontMatter: { stage: 'first-contact' },
        },
      ],
      invalid: [
        {
          language: 'en',
          code: 'Hello {{debtor_name}}, your account with {{creditor.name}} is past due. Is this {{debtor_name}}? Call {{contact.phone}}.',
          frontMatter: { stage: 'first-contact' },
        },
        {
          language: 'es',
          code: 'Hola, ¿hablo con {{debtor_name}}? Le escribe Ana de {{creditor.name}} por su deuda vencida.',
          frontMatter: { stage: 'first-contact' },
        },
        {
          language: 'pt',
          code: 'Olá! Aqui é a Ana, da {{creditor.name}}. Falo com {{debtor_name}}? O assunto é a sua dívida em atraso.',
          frontMatter: { stage: 'first-contact' },
        },
      ],
    },
  },
  create(context) {
    const lang = context.language;
    if (!context.data || !lang || templateFacts(context.data).stage !== 'first-contact') return;
    const hint = ruleHint(context, DESCRIPTION);
    // The identity question, when the template asks it: the answer comes only after the whole
    // message has been read, so it is shown as related information, not as a boundary.
    const question = findContent(bodyContent(context.doc), contentEntries('require-identity-confirmation', lang));
    for (const detail of findDebtDetails(context, 'premature', { statutory: 'ignore' })) {
      context.report({
        messageId: 'found',
        data: { text: context.doc.text.slice(detail.range[0], detail.range[1]), hint },
        range: detail.range,
        ...(question
          ? {
              related: [
                {
                  message: 'The identity question: the recipient answers it only after reading the whole message.',
                  range: question.range,
                },
              ],
            }
          : {}),
      });
    }
  },
});
