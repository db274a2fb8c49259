import { phraseRule } from '../phrases/phrase-rule.js';

export default phraseRule({
  id: 'no-third-party-contact',
  meta: {
    category: 'privacy',
    description:
      "No contacting, telling or involving the debtor's family, friends, spouse, employer, co-workers, neighbours or references, and no asking the recipient to pass the message on.",
    severity: 'error',
    rationale:
      'A debt is a private matter between the creditor and the debtor. Calling or messaging relatives, an employer, colleagues, neighbours or the personal references of a loan application — or threatening to — exposes the debtor, pressures them through people who owe nothing, and is forbidden or tightly limited almost everywhere: in the US a collector may ask third parties only for location information, never mentioning the debt; Colombia and Mexico forbid collecting through references; Brazilian courts treat messages to relatives or to work as abusive collection. Asking the reader to "tell your husband" or "let them know they owe us" is the same thing. Reassurance ("we will never contact your employer") is fine.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692b, §1692c(b); Reg F 12 CFR 1006.6(d) — communication with third parties only to acquire location information',
        jurisdictions: ['US'],
        sources: ['S11', 'S1', 'S22'],
      },
      {
        law: 'Código de Defesa do Consumidor arts. 42 e 71 — exposição ao ridículo, interferência no trabalho (mensagens a parentes e ao trabalho)',
        jurisdictions: ['BR'],
        sources: ['S29', 'S35', 'S36'],
      },
      {
        law: 'Ley 2300 de 2023 — prohibido contactar a las referencias personales',
        jurisdictions: ['CO'],
        sources: ['S45'],
      },
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza — no cobrar a terceros, referencias ni beneficiarios',
        jurisdictions: ['MX'],
        sources: ['S50'],
      },
      { law: 'Código de Protección y Defensa del Consumidor art. 62', jurisdictions: ['PE'], sources: ['S38', 'S40'] },
      {
        law: 'Ley 19.496 art. 37 — no comunicar a terceros la morosidad',
        jurisdictions: ['CL'],
        sources: ['S53'],
      },
      { law: 'Ley 24.240 art. 8 bis — trato digno (cartas al empleador)', jurisdictions: ['AR'], sources: ['S57'] },
      {
        law: 'AEPD — llamadas a familiares, amigos o trabajo sin revelar la deuda',
        jurisdictions: ['ES'],
        sources: ['S61', 'S62', 'S64'],
      },
      { law: 'FCA CONC 7.9.6–7.9.10 — no unfair disclosure to third parties', jurisdictions: ['GB'], sources: ['S66'] },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, this is Ana from {{creditor.name}}. We will never discuss your account with your family or employer. Call {{contact.phone}}.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, le escribe Ana de {{creditor.name}}. No contactaremos a su familia ni a su trabajo por este asunto.',
        },
        {
          language: 'pt',
          code: 'Olá, {{debtor_name}}! Aqui é a Ana, da {{creditor.name}}. Nunca compartilharemos sua dívida com terceiros.',
        },
      ],
      invalid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, if you do not pay by Friday we will call your workplace and tell your husband.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, si no paga, informaremos a sus referencias y a su empleador.',
        },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Pague hoje ou vamos avisar seu chefe.' },
      ],
    },
  },
});
