import { phraseRule } from '../phrases/phrase-rule.js';

export default phraseRule({
  id: 'no-public-shaming',
  meta: {
    category: 'tone',
    description:
      'No threats or acts of public exposure: "everyone will know", posting on social media, blacklists and lists of debtors, posters at the home.',
    severity: 'error',
    rationale:
      'A debt is a private matter. Threatening to make it public — "everyone will know", "todo mundo vai saber", publishing the name on Facebook or a website, a "lista de morosos" or blacklist, posters or a loudspeaker car outside the home, "WANTED" posters, costumed collectors — is forbidden shaming in every jurisdiction dunlint covers. Boundaries: telling a specific third party (the family, the employer, a neighbour, references) is no-third-party-contact; this rule covers broadcast exposure to the public, the neighbourhood as a whole or the debtor\'s contacts at large. Credit-bureau reporting belongs here, not in no-legal-threat, but only when it is used as punishment or shaming: "nome sujo na praça", "vamos sujar seu nome", "vamos negativar seu nome no SPC", "te vamos a boletinar en DICOM", "we will report you to every credit bureau". A factual, conditional statement of lawful reporting — "may be reported to credit bureaus as your contract says", "Un reporte negativo podría afectar su acceso a créditos", "O não pagamento poderá levar à inclusão em cadastro de proteção ao crédito, após notificação prévia" — is allowed and not reported.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692d(3) (publication of a list of consumers who allegedly refuse to pay); Reg F 12 CFR 1006.22(f)(4) (no public social-media posts)',
        jurisdictions: ['US'],
        sources: ['S12', 'S6'],
      },
      {
        law: 'Código de Protección y Defensa del Consumidor art. 62(c)–(e) (carteles, listas, personas disfrazadas)',
        jurisdictions: ['PE'],
        sources: ['S38'],
      },
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza (listas negras)',
        jurisdictions: ['MX'],
        sources: ['S48'],
      },
      { law: 'FCA CONC 7.9.7 (no public embarrassment or disclosure)', jurisdictions: ['GB'], sources: ['S66'] },
      {
        law: 'Código de Defesa do Consumidor art. 42 (o consumidor não será exposto a ridículo) e art. 71',
        jurisdictions: ['BR'],
        sources: ['S29', 'S34', 'S34b'],
      },
      {
        law: 'Ley 19.496 art. 37 (dignidad, no comunicar la morosidad a terceros)',
        jurisdictions: ['CL'],
        sources: ['S53'],
      },
      { law: 'Código Penal art. 172 (coacciones: "eran unos morosos")', jurisdictions: ['ES'], sources: ['S59'] },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, missed payments may be reported to credit bureaus as your contract says. Nobody else will know about this message.',
        },
        { language: 'es', code: 'Hola {{debtor_name}}, un reporte negativo podría afectar su acceso a créditos.' },
        {
          language: 'pt',
          code: 'Olá {{debtor_name}}, o não pagamento poderá levar à inclusão em cadastro de proteção ao crédito, após notificação prévia.',
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, pay now or everyone will know you owe us.' },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, si no paga, publicaremos su nombre en nuestra lista de morosos en Facebook.',
        },
        { language: 'pt', code: 'Olá {{debtor_name}}, se não pagar, vamos expor seu nome nas redes sociais.' },
      ],
    },
  },
});
