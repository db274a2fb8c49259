import { phraseRule } from '../phrases/phrase-rule.js';
import { templateFacts } from '../content/requirement.js';
import { foldCase } from '../content/text.js';
import type { TemplateData } from './api.js';

/** The creditor's name, folded (accents and case), or '' when there is none. */
function creditorName(data: TemplateData): string {
  const creditor = data.creditor;
  const name = typeof creditor === 'object' && creditor !== null ? (creditor as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? foldCase(name) : '';
}

/** Whether the authority named at the end of the words found is the creditor itself ("Prefeitura de X"). */
function isTheCreditor(words: string, data: TemplateData): boolean {
  const authority = /[\p{L}\p{N}]+$/u.exec(foldCase(words))?.[0];
  if (authority === undefined || authority.length < 3) return false;
  const nameWords: string[] = creditorName(data).match(/[\p{L}\p{N}]+/gu) ?? [];
  return nameWords.includes(authority);
}

export default phraseRule({
  id: 'no-impersonation',
  meta: {
    category: 'tone',
    description:
      'No claiming to be police, a court, a bailiff, the government or tax authority, a lawyer, a "legal department" or an "investigations unit" (lawyer terms allowed when `collector.kind: law-firm`).',
    severity: 'error',
    rationale:
      'A collector must say who it really is. Posing as — or claiming to act for — the police, a court, a bailiff or oficial de justiça, the government or the tax authority, dressing the message up as a judicial document ("you have been named a respondent and must appear", "citatorio", "notificação judicial"), or inventing official-sounding units ("Civil Investigations Unit", "Unidad de Investigaciones", "Buró Nacional de Cobranza") is a false representation forbidden everywhere (FDCPA §1692e(1), (3), (9); CONC 7.11; CONDUSEF; CDC art. 71). Lawyer words ("attorney", "solicitor", "abogada", "advogado", "escritório de advocacia") and a "Legal Department" are reported unless the front matter says the sender is a law firm (`collector.kind: law-firm`); a public body that is itself the creditor (a municipality collecting its own tax) may name itself. Innocent uses are not reported: "legal name", a "Legal notice" footer, "representante legal", "notificação extrajudicial", the debtor\'s own lawyer ("you may wish to speak to a solicitor"), complaint and regulator lines ("Quejas: CONDUSEF", "authorised and regulated by the FCA"), and advice to report fraud to the police. Saying that a court or a lawyer may act later is no-legal-threat, not this rule.',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692e(1), (3), (9) (false affiliation with government, false representation as attorney, documents simulating a court); Reg F 12 CFR 1006.18(b)(1)(i), (iii)',
        jurisdictions: ['US'],
        sources: ['S13', 'S4', 'S23'],
      },
      {
        law: 'FCA CONC 7.11.2, 7.11.3, 7.11.5 (falsely acting as bailiffs; documents resembling court forms; falsely using "solicitor", Legal Services Act 2007 s.17)',
        jurisdictions: ['GB'],
        sources: ['S68'],
      },
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza (nombres semejantes a instituciones públicas; documentos que aparenten ser judiciales)',
        jurisdictions: ['MX'],
        sources: ['S48'],
      },
      {
        law: 'Código de Protección y Defensa del Consumidor art. 62(a) (documentos que aparenten ser notificaciones o escritos judiciales)',
        jurisdictions: ['PE'],
        sources: ['S38'],
      },
      { law: 'Ley 19.496 art. 37', jurisdictions: ['CL'], sources: ['S53', 'S56'] },
      {
        law: 'Código de Defesa do Consumidor art. 71 (afirmações falsas, incorretas ou enganosas)',
        jurisdictions: ['BR'],
        sources: ['S29'],
      },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, I am a solicitor at {{collector.name}}. Please confirm your full legal name.',
          frontMatter: { collector: { name: 'Hale & Porter Solicitors', kind: 'law-firm' } },
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, le escribe Ana, del área de cobranzas de {{creditor.name}}. Si lo desea, puede consultar con su abogado.',
        },
        {
          language: 'pt',
          code: 'Olá {{debtor_name}}, aqui é a Ana, da {{creditor.name}}. Se foi vítima de golpe, procure a polícia.',
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, this is the Civil Investigations Unit.' },
        { language: 'es', code: 'Hola {{debtor_name}}, le escribe el Departamento Jurídico de {{creditor.name}}.' },
        { language: 'pt', code: 'Olá {{debtor_name}}, aqui é o oficial de justiça Carlos.' },
        { language: 'en', code: 'Hi {{debtor_name}}, our attorney will call you tomorrow.' },
      ],
    },
  },
  review(match, context) {
    const data = context.data;
    if (data === undefined) return {};
    const tags = match.entry.tags ?? [];
    // A law firm may say that it is one.
    if (tags.includes('lawyer') && templateFacts(data).collectorKind === 'law-firm') return { skip: true };
    // A public body collecting its own debt (a municipality's tax office) is not impersonating itself.
    if (tags.includes('official') && isTheCreditor(context.doc.text.slice(match.range[0], match.range[1]), data))
      return { skip: true };
    return {};
  },
});
