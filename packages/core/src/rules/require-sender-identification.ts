import { defineRule } from './api.js';
import { findInBody, isThirdPartyCollector, reportMissing, skeleton, templateFacts } from '../content/requirement.js';

export default defineRule({
  id: 'require-sender-identification',
  meta: {
    category: 'required',
    description: 'The sender introduces itself ("this is Ana from…", "le escribe…", "aqui é…").',
    severity: 'warn',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missing:
        'Nobody introduces themselves in this message. Say who is writing and from where, e.g. "This is Ana from {{creditor.name}}" / "Le escribe Ana, de…" / "Aqui é a Ana, da…".',
      insertSentence: 'Insert "{{text}}"',
    },
    rationale:
      'A message that does not say who sends it looks like a scam and leaves the recipient unable to check it. Collectors must not hide their identity or the purpose of the contact, and WhatsApp requires business-initiated messages to name the business. A short introduction ("this is Ana from Acme") also sets a respectful, human tone.',
    legal: [
      {
        law: "FDCPA 15 U.S.C. §1692d(6); Reg F 12 CFR 1006.18(d) — meaningful disclosure of the caller's identity",
        jurisdictions: ['US'],
        sources: ['S12', 'S5'],
      },
      {
        law: 'FCA CONC 7.9.2–7.9.3 — do not mislead about identity or purpose',
        jurisdictions: ['GB'],
        sources: ['S66'],
      },
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza — collector and responsible person identified',
        jurisdictions: ['MX'],
        sources: ['S48', 'S49'],
      },
      {
        law: 'WhatsApp Business Policy — business-initiated messages name the business',
        jurisdictions: ['*'],
        sources: ['S81'],
      },
    ],
    examples: {
      valid: [
        { language: 'en', code: 'Hi {{debtor_name}}, this is Ana from {{creditor.name}}. Call {{contact.phone}}.' },
        { language: 'es', code: 'Hola {{debtor_name}}, le escribe Lucía, de {{creditor.name}}.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Aqui é a Ana, da {{creditor.name}}.' },
      ],
      invalid: [
        { language: 'en', code: 'Dear {{debtor_name}}, a reminder about your {{creditor.name}} account.' },
        {
          language: 'es',
          code: 'Estimado(a) {{debtor_name}}: este es un recordatorio sobre su cuenta con {{creditor.name}}.',
        },
        {
          language: 'pt',
          code: 'Prezado(a) {{debtor_name}}, este é um lembrete sobre sua conta na {{creditor.name}}.',
        },
      ],
    },
  },
  create(context) {
    if (!context.data) return;
    if (findInBody(context)) return;
    const facts = templateFacts(context.data);
    reportMissing(context, {
      messageId: 'missing',
      suggestMessageId: 'insertSentence',
      sentence: skeleton(context, isThirdPartyCollector(facts) ? 'agency' : 'main'),
      position: 'start',
    });
  },
});
