import { phraseRule } from '../phrases/phrase-rule.js';

/** Whether the front matter declares the legal step mentioned in the text as real and intended. */
function legalActionIntended(data: Record<string, unknown> | undefined): boolean {
  const legalAction = data?.legal_action;
  return (
    typeof legalAction === 'object' && legalAction !== null && (legalAction as { intended?: unknown }).intended === true
  );
}

export default phraseRule({
  id: 'no-legal-threat',
  meta: {
    category: 'tone',
    description:
      'No lawsuits, garnishment, seizure, embargo, protesto, "legal action" or "juicio" presented as a threat (a warning when `legal_action.intended: true`).',
    severity: 'error',
    rationale:
      'Threatening legal steps that are not really intended, not lawful or not yet decided — "we will sue you", "further legal action", "iniciaremos acciones legales", "embargo de su sueldo", "seu título vai para protesto", "tomaremos as medidas cabíveis" — is a false and intimidating statement (FDCPA §1692e(5), CONC 7.3 and 7.11, CDC art. 71). When the step is real and decided, the template declares it in its front matter (`legal_action: { intended: true }`): the rule then only warns, so that a person checks that the wording is factual and free of pressure. Negations and reassurances ("we will not take legal action while you are on a plan", "no legal action has been taken") and innocent uses ("legal name", "Legal notice", "a nuestro juicio", "alta demanda", "sin embargo", "seu pagamento será processado") are not reported. Boundaries: arrest, police and criminal charges are no-arrest-threat; posing as a court, bailiff or lawyer is no-impersonation; credit-bureau reporting and blacklists ("nome sujo", "SPC/Serasa", "lista de morosos") are no-public-shaming — a truthful, conditional mention of credit reporting ("may be reported to credit bureaus as your contract says", "Un reporte negativo podría afectar su acceso a créditos") is not a legal threat at all.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692e(5) (threat to take action that cannot legally be taken or is not intended); Reg F 12 CFR 1006.18(c)(1)',
        jurisdictions: ['US'],
        sources: ['S13', 'S4', 'S26', 'S23'],
      },
      {
        law: 'FCA CONC 7.3 (no threat of court action to pressurise) and CONC 7.11.6–7.11.9',
        jurisdictions: ['GB'],
        sources: ['S68', 'S69'],
      },
      {
        law: 'Código de Defesa do Consumidor art. 71 (ameaça, afirmações falsas, incorretas ou enganosas)',
        jurisdictions: ['BR'],
        sources: ['S29'],
      },
      { law: 'Código de Protección y Defensa del Consumidor art. 62', jurisdictions: ['PE'], sources: ['S38', 'S39'] },
      { law: 'CONDUSEF, Disposiciones de despachos de cobranza', jurisdictions: ['MX'], sources: ['S48', 'S58'] },
      {
        law: 'Ley 19.496 art. 37 (veracidad en la cobranza extrajudicial)',
        jurisdictions: ['CL'],
        sources: ['S53', 'S55'],
      },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, we will not take legal action while you are on a payment plan. Please confirm your legal name when you call {{contact.phone}}.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, un reporte negativo podría afectar su acceso a créditos. Sin embargo, podemos ofrecerle un plan de pagos.',
        },
        {
          language: 'pt',
          code: 'Olá {{debtor_name}}, seu pagamento será processado em até 2 dias úteis.',
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, pay today or we will sue you.' },
        { language: 'es', code: 'Hola {{debtor_name}}, pague hoy mismo o iniciaremos acciones legales.' },
        { language: 'pt', code: 'Olá {{debtor_name}}, pague hoje ou seu título vai para protesto.' },
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, if we cannot agree a plan by {{contact.phone}}, we will start court proceedings.',
          frontMatter: { legal_action: { intended: true, reference: 'Claim ref. 2026-114' } },
        },
      ],
    },
  },
  review(_match, context) {
    return legalActionIntended(context.data) ? { maxSeverity: 1 } : {};
  },
});
