import { phraseRule } from '../phrases/phrase-rule.js';

export default phraseRule({
  id: 'no-arrest-threat',
  meta: {
    category: 'tone',
    description: 'No threats or hints of arrest, jail, police, criminal charges or warrants.',
    severity: 'error',
    rationale:
      'Not paying a consumer debt is not a crime anywhere dunlint covers. Saying or implying that the debtor will be arrested, jailed, reported to the police or charged with a crime is a false and intimidating statement that collection laws forbid outright, and in Mexico a crime of the collector itself (up to 4 years of prison). Describe only what can really and lawfully happen next.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692e(4), (7); Reg F 12 CFR 1006.18(b)(1)(iv)',
        jurisdictions: ['US'],
        sources: ['S13', 'S16'],
      },
      { law: 'California Civil Code §1788.10(b), (e)', jurisdictions: ['US-CA'], sources: ['S24'] },
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza; Código Penal Federal art. 284 Bis',
        jurisdictions: ['MX'],
        sources: ['S51', 'S52'],
      },
      { law: 'Código de Defesa do Consumidor arts. 42 e 71 (ameaça, coação)', jurisdictions: ['BR'], sources: ['S29'] },
      { law: 'Código de Protección y Defensa del Consumidor art. 62', jurisdictions: ['PE'], sources: ['S38'] },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, not paying a debt is not a crime and you will not be arrested. Call {{contact.phone}}.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, nadie irá a la cárcel por una deuda. Llámenos al {{contact.phone}}.',
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, pay today or a warrant for your arrest will be issued.' },
        { language: 'es', code: 'Hola {{debtor_name}}, si no paga hoy podría ir a la cárcel.' },
        { language: 'pt', code: 'Olá {{debtor_name}}, se não pagar você vai ser preso.' },
      ],
    },
  },
});
