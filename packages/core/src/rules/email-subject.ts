import { defineRule } from './api.js';
import { addFrontMatterKey, frontMatterRange } from '../document/front-matter-range.js';

export default defineRule({
  id: 'email-subject',
  meta: {
    category: 'channel',
    description: 'An e-mail template has a subject (`email.subject`).',
    severity: 'error',
    languages: 'all',
    hasSuggestions: true,
    messages: {
      missing:
        'This e-mail template has no subject. Add email.subject — a neutral one that does not reveal the debt to whoever sees the inbox, e.g. "{{example}}".',
      empty: 'The e-mail subject is empty. Write a neutral subject, e.g. "{{example}}".',
      insert: 'Add the subject "{{example}}"',
    },
    rationale:
      'Without a subject the sending system either refuses the message or sends it with an empty or default subject line, which spam filters punish and recipients ignore. The subject is also what others may see in a shared inbox or on a lock screen: keep it neutral (no debt words or amounts; see no-debt-in-preview).',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692f(8); Reg F 12 CFR 1006.22(f) — no debt language visible to others',
        jurisdictions: ['US'],
        sources: ['S11', 'S14'],
      },
      {
        law: 'FCA CONC 7.9 — "private and confidential", no unfair disclosure',
        jurisdictions: ['GB'],
        sources: ['S66'],
      },
    ],
    examples: {
      valid: [
        { code: 'Hi {{debtor_name}}.', frontMatter: { channel: 'email', email: { subject: 'Your account with us' } } },
      ],
      invalid: [
        {
          code: 'Hi {{debtor_name}}.',
          frontMatter: { channel: 'email', email: { preheader: 'A message about your account' } },
        },
      ],
    },
  },
  create(context) {
    const data = context.data;
    if (!data || data.channel !== 'email') return;
    const lang = context.language ?? 'en';
    const example = {
      en: 'A message about your account',
      es: 'Información sobre su cuenta',
      pt: 'Informações sobre a sua conta',
    }[lang];
    const email = data.email as { subject?: unknown } | undefined;
    const subject = email && typeof email === 'object' ? email.subject : undefined;
    if (typeof subject === 'string' && subject.trim() !== '') return;
    const doc = context.doc;
    if (typeof subject === 'string') {
      context.report({ messageId: 'empty', data: { example }, range: frontMatterRange(doc, ['email', 'subject']) });
      return;
    }
    const hasEmailMap = !!email && typeof email === 'object';
    // Without an email block, add one; with one, the subject goes in it (left to the author: its layout varies).
    const fix = hasEmailMap ? undefined : addFrontMatterKey(doc, 'email', `{ subject: "${example}" }`);
    context.report({
      messageId: 'missing',
      data: { example },
      range: hasEmailMap ? frontMatterRange(doc, ['email'], 'key') : frontMatterRange(doc, ['channel']),
      ...(fix ? { suggest: [{ messageId: 'insert' as const, data: { example }, fix }] } : {}),
    });
  },
});
