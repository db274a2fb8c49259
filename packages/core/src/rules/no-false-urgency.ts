import { phraseRule } from '../phrases/phrase-rule.js';

export default phraseRule({
  id: 'no-false-urgency',
  meta: {
    category: 'tone',
    description:
      'No unreasonable deadlines or pressure: deadlines of hours, ultimatums ("today or else"), "last chance", "act now", "pay immediately".',
    severity: 'warn',
    rationale:
      'Pressing a debtor to pay within hours, "today or else", or under a "last chance" or "final warning" banner is a pressure tactic: it pushes people to pay in an unreasonably short time, to borrow or to sell property, instead of choosing a payment they can keep up. UK rules (FCA CONC 7.3.10) forbid pressure to pay in an unreasonably short time, the FDCPA (§1692e(10)) forbids deceptive means to collect, and a Brazilian court held "não adianta se esconder que vai ser pior" abusive. A plain due date ("due on {{due_date}}") or a real offer deadline stated calmly ("this offer is valid until {{offer_deadline}}") is fine, and so are service times ("we will reply within 24 hours", "payments can take up to 48 hours to appear"). Give a real date with enough time, say it calmly, and offer a way to agree a plan.',
    legal: [
      {
        law: 'FCA Handbook CONC 7.3.10 (no pressure to pay in an unreasonably short period or in large amounts)',
        jurisdictions: ['GB'],
        sources: ['S69'],
      },
      {
        law: 'FDCPA 15 U.S.C. §1692e(10) (false representation or deceptive means); "24 to 48 hours to oppose this matter"',
        jurisdictions: ['US'],
        sources: ['S23'],
      },
      {
        law: 'Código de Defesa do Consumidor arts. 42 e 71 (ameaça, coação, constrangimento); TJSC Ap. 2013.051609-1 ("vai ser pior")',
        jurisdictions: ['BR'],
        sources: ['S29', 'S33'],
      },
      {
        law: 'Código de Protección y Defensa del Consumidor art. 62; CONDUSEF, Disposiciones de despachos de cobranza; Ley 19.496 art. 37',
        jurisdictions: ['PE', 'MX', 'CL'],
        sources: ['S38', 'S48', 'S53'],
      },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, your payment is due on 30 November. If that date does not work for you, call {{contact.phone}} and we can agree a plan.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, su cuota vence el 30 de noviembre. Si necesita más tiempo, llámenos al {{contact.phone}}.',
        },
        {
          language: 'pt',
          code: 'Olá {{debtor_name}}, a parcela vence em 30/11. O pagamento do boleto é compensado em até 48 horas.',
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, this is your last chance: pay within 24 hours.' },
        { language: 'es', code: 'Hola {{debtor_name}}, pague hoy mismo o iniciaremos acciones.' },
        { language: 'pt', code: 'Olá {{debtor_name}}, pague imediatamente ou vai ser pior.' },
      ],
    },
  },
});
