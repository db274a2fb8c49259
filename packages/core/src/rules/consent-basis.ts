import { defineRule } from './api.js';
import { addFrontMatterKey, frontMatterRange } from '../document/front-matter-range.js';
import { profileFor } from '../jurisdictions/profile.js';

export default defineRule({
  id: 'consent-basis',
  meta: {
    category: 'jurisdiction',
    description:
      "The template states the legal basis for contacting the debtor (`consent.basis`); a WhatsApp template needs the debtor's opt-in (`basis: consent`).",
    severity: 'warn',
    languages: 'all',
    hasSuggestions: true,
    messages: {
      missing:
        'The template does not say on what legal basis the debtor is contacted. Add consent: {{example}} — the basis your legal team has documented{{law}}.',
      whatsapp:
        'WhatsApp requires the debtor\'s opt-in before a business starts a conversation (Meta Business Messaging Policy), but this template\'s basis is "{{basis}}". Use basis: consent, with the evidence of the opt-in, or send it on another channel.',
      insert: 'Add consent: {{example}}',
    },
    rationale:
      "Data-protection law needs a legal basis for every use of the debtor's contact details: the contract or legitimate interest (GDPR art. 6), credit protection in Brazil (LGPD art. 7 X), channels the debtor authorised in Colombia (Ley 2300). Writing it in the template makes the audit trail explicit. WhatsApp is stricter: Meta requires an opt-in before any business-initiated message, whatever the local law allows.",
    legal: [
      { law: 'Meta WhatsApp Business Messaging Policy — opt-in required', jurisdictions: ['*'], sources: ['S81'] },
      { law: 'LGPD art. 7º X (proteção do crédito)', jurisdictions: ['BR'], sources: ['S37'] },
      { law: 'Ley 2300 de 2023 — canales autorizados', jurisdictions: ['CO'], sources: ['S44'] },
      { law: 'GDPR art. 6(1)(b), (f)', jurisdictions: ['ES'], sources: ['S72'] },
    ],
    examples: {
      valid: [{ code: 'Hi {{debtor_name}}.', frontMatter: { channel: 'sms', consent: { basis: 'contract' } } }],
      invalid: [
        { code: 'Hi {{debtor_name}}.', frontMatter: { channel: 'sms', consent: undefined } },
        {
          code: 'Hi {{debtor_name}}.',
          frontMatter: {
            channel: 'whatsapp',
            consent: { basis: 'contract' },
            whatsapp: { category: 'utility', name: 'reminder' },
          },
        },
      ],
    },
  },
  create(context) {
    const data = context.data;
    if (!data) return;
    const consent = data.consent as { basis?: unknown } | undefined;
    const basis =
      consent && typeof consent === 'object' && typeof consent.basis === 'string' ? consent.basis : undefined;
    const whatsapp = data.channel === 'whatsapp';
    if (!basis) {
      const profile = profileFor(typeof data.jurisdiction === 'string' ? data.jurisdiction : undefined);
      const example = whatsapp ? '{ basis: consent, evidence: "opt-in at sign-up" }' : '{ basis: contract }';
      const fix = consent ? undefined : addFrontMatterKey(context.doc, 'consent', example);
      context.report({
        messageId: 'missing',
        data: { example, law: profile.consent ? ` (${profile.name}: ${profile.consent.law})` : '' },
        range: consent ? frontMatterRange(context.doc, ['consent'], 'key') : frontMatterRange(context.doc, ['channel']),
        ...(fix ? { suggest: [{ messageId: 'insert' as const, data: { example }, fix }] } : {}),
      });
      return;
    }
    if (whatsapp && basis !== 'consent') {
      context.report({
        messageId: 'whatsapp',
        data: { basis },
        range: frontMatterRange(context.doc, ['consent', 'basis']),
      });
    }
  },
});
