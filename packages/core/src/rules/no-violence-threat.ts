import { phraseRule } from '../phrases/phrase-rule.js';

export default phraseRule({
  id: 'no-violence-threat',
  meta: {
    category: 'tone',
    description:
      'No threats or hints of physical harm or menace ("we know where you live", "te voy a buscar", "você vai se arrepender").',
    severity: 'error',
    rationale:
      'A collection message may never threaten or hint at violence, nor try to frighten the debtor: saying that the collector knows where the debtor lives or where the children go to school, that someone will "come for" them, that "something could happen" to their family or property, or veiled warnings such as "watch your back", "duerme en paz", "no le va a gustar", "vai ser pior" or "você vai se arrepender". Regulators and courts treat these as harassment (FDCPA §1692d(1)), coercion (CDC art. 71) and, in Mexico and Spain, crimes. Boundaries with the neighbouring rules: arrest, jail and police are no-arrest-threat; lawsuits, seizure and other legal steps are no-legal-threat; exposing the debt publicly (posters, social media, "WANTED") is no-public-shaming. Reassurances ("we will never come to your home") and innocent look-alikes ("late payments can hurt your credit score", "we will find you a plan") are not reported.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692d(1) — use or threat of violence or other criminal means to harm the person, reputation or property',
        jurisdictions: ['US'],
        sources: ['S12'],
      },
      { law: 'California Civil Code §1788.10(a)', jurisdictions: ['US-CA'], sources: ['S16'] },
      {
        law: 'Código de Defesa do Consumidor arts. 42 e 71 (ameaça, coação); TJSC, ameaça ao filho do devedor',
        jurisdictions: ['BR'],
        sources: ['S29', 'S33', 'S33b'],
      },
      {
        law: 'Código de Protección y Defensa del Consumidor art. 62; Indecopi RF 0215-2021/CC1 ("te voy a buscar", "duerme en paz")',
        jurisdictions: ['PE'],
        sources: ['S38', 'S39'],
      },
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza; Código Penal Federal art. 284 Bis (cobranza extrajudicial ilegal)',
        jurisdictions: ['MX'],
        sources: ['S51', 'S52'],
      },
      { law: 'Código Penal arts. 169 (amenazas) y 172 (coacciones)', jurisdictions: ['ES'], sources: ['S59'] },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, we will never come to your home. Late payments can hurt your credit score, so call {{contact.phone}} and we will find you a plan.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, nunca iremos a su domicilio. Le buscaremos la mejor alternativa de pago: llame al {{contact.phone}}.',
        },
        {
          language: 'pt',
          code: 'Olá {{debtor_name}}, vamos encontrar juntos a melhor forma de pagamento. Fale com a gente: {{contact.phone}}.',
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, we know where you live. Pay today.' },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, si no paga, vamos a ir a buscarlo a su casa y no le va a gustar.',
        },
        { language: 'pt', code: 'Olá {{debtor_name}}, se não pagar você vai se arrepender.' },
      ],
    },
  },
});
