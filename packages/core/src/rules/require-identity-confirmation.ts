import { defineRule } from './api.js';
import { findInBody, reportMissing, skeleton, templateFacts } from '../content/requirement.js';

export default defineRule({
  id: 'require-identity-confirmation',
  meta: {
    category: 'required',
    description:
      'A first-contact message asks the recipient to confirm they are the debtor ("is this {{debtor_name}}?", "¿hablo con…?", "falo com…?").',
    severity: 'error',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missing:
        'This is a first contact, but the message never asks the recipient to confirm who they are. Ask before going any further, e.g. "Is this {{debtor_name}}?" / "¿Hablo con {{debtor_name}}?" / "Falo com {{debtor_name}}?".',
      insertSentence: 'Insert "{{text}}"',
    },
    rationale:
      'Phone numbers and e-mail addresses change hands. Before any detail of a debt is shared, the collector must make sure it is talking to the debtor; otherwise the first message may reveal the debt to a relative, an employer or a stranger who now owns the number. Asking "is this …?" first is the usual safeguard, and it is why first-contact templates must not carry debt details.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692b, §1692c(b); Reg F 12 CFR 1006.6(d) — no disclosure to third parties',
        jurisdictions: ['US'],
        sources: ['S11', 'S1'],
      },
      { law: 'FCA CONC 7.9 — verify identity before discussing the debt', jurisdictions: ['GB'], sources: ['S66'] },
      {
        law: 'LGPD / CDC art. 42 — no exposure of the debtor to third parties',
        jurisdictions: ['BR'],
        sources: ['S29', 'S35'],
      },
      { law: 'Ley 29571 art. 62 — no third-party contact', jurisdictions: ['PE'], sources: ['S38', 'S40'] },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hello, this is Ana from {{creditor.name}}. Is this {{debtor_name}}? Please call {{contact.phone}}.',
          frontMatter: { stage: 'first-contact' },
        },
        {
          language: 'es',
          code: 'Hola, le escribe Ana de {{creditor.name}}. ¿Hablo con {{debtor_name}}?',
          frontMatter: { stage: 'first-contact' },
        },
        {
          language: 'pt',
          code: 'Olá! Aqui é a Ana, da {{creditor.name}}. Falo com {{debtor_name}}?',
          frontMatter: { stage: 'first-contact' },
        },
      ],
      invalid: [
        {
          language: 'en',
          code: 'Hello {{debtor_name}}, this is Ana from {{creditor.name}}. We need to speak with you about your account.',
          frontMatter: { stage: 'first-contact' },
        },
        {
          language: 'es',
          code: 'Hola, {{debtor_name}}. Le escribe Ana de {{creditor.name}}. Necesitamos comunicarnos con usted.',
          frontMatter: { stage: 'first-contact' },
        },
        {
          language: 'pt',
          code: 'Olá, {{debtor_name}}! Aqui é a Ana, da {{creditor.name}}. Precisamos falar com você.',
          frontMatter: { stage: 'first-contact' },
        },
      ],
    },
  },
  create(context) {
    if (!context.data) return;
    if (templateFacts(context.data).stage !== 'first-contact') return;
    if (findInBody(context)) return;
    reportMissing(context, {
      messageId: 'missing',
      suggestMessageId: 'insertSentence',
      sentence: skeleton(context),
      position: 'start',
    });
  },
});
