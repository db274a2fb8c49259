/**
 * no-impersonation: posing as the police, a court, a bailiff, the government or a lawyer, or an
 * official-sounding unit, in en/es/pt. Lawyer terms (entries tagged `lawyer`) are allowed when the
 * front matter says `collector.kind: law-firm`; official claims are not. Each invalid case lists the
 * exact words reported (document slices).
 */
import { applyFixes, builtinRules } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, templateOf } from './required-content-helpers.js';
import { itReportsExactly, type PhraseCase as Case } from './phrase-cases.js';

const RULE = 'no-impersonation';
const LAW_FIRM = { collector: { name: 'Hale & Porter LLP', kind: 'law-firm' } };
const AGENCY = { collector: { name: 'Acme Collections', kind: 'agency' } };

const invalid: Case[] = [
  { language: 'en', code: 'Regards, the Legal Department, {{creditor.name}}', flagged: ['Legal Department'] },
  {
    language: 'en',
    code: 'Hi {{debtor_name}}, this is Detective Moore calling about your account.',
    flagged: ['this is Detective Moore'],
  },
  { language: 'en', code: 'Our attorney has reviewed your file.', frontMatter: AGENCY, flagged: ['attorney'] },
  {
    language: 'en',
    code: 'You have been named as a defendant and must appear before the judge.',
    flagged: ['You have been named as a defendant', 'must appear before the judge'],
  },
  {
    language: 'en',
    code: 'We are writing on behalf of HMRC about your arrears.',
    flagged: ['We are writing on behalf of HMRC'],
  },
  {
    language: 'en',
    code: 'Federal Collections Bureau: your account is overdue.',
    flagged: ['Federal Collections Bureau'],
  },
  { language: 'es', code: 'Atentamente, Gerencia Legal de {{creditor.name}}.', flagged: ['Gerencia Legal'] },
  { language: 'es', code: 'Le habla la licenciada Ruiz, abogada de la empresa.', flagged: ['abogada'] },
  { language: 'es', code: 'Le escribimos en nombre de la SUNAT por su deuda.', flagged: ['en nombre de la SUNAT'] },
  { language: 'es', code: 'Usted ha sido emplazado por el juzgado.', flagged: ['Usted ha sido emplazado'] },
  { language: 'es', code: 'Unidad de Inteligencia Financiera de Cobranza', flagged: ['Unidad de Inteligencia'] },
  { language: 'pt', code: 'Aqui é a Dra. Paula, advogada da {{creditor.name}}.', flagged: ['advogada'] },
  { language: 'pt', code: 'Atenciosamente, Setor Jurídico.', flagged: ['Setor Jurídico'] },
  {
    language: 'pt',
    code: 'Somos da Receita Federal e sua pendência foi identificada.',
    flagged: ['Somos da Receita Federal'],
  },
  {
    language: 'pt',
    code: 'Você foi intimado a comparecer ao fórum.',
    flagged: ['Você foi intimado', 'a comparecer ao fórum'],
  },
  // A law firm may say it is a law firm, but it may not pose as the court.
  { language: 'en', code: 'This is the County Court.', frontMatter: LAW_FIRM, flagged: ['This is the County Court'] },
];

const valid: Case[] = [
  {
    language: 'en',
    code: 'Please confirm your full legal name. Legal notice: Acme Ltd, registered in England.',
    flagged: [],
  },
  { language: 'en', code: 'You may wish to speak to a solicitor or a free debt adviser.', flagged: [] },
  { language: 'en', code: 'If you are a victim of identity theft, report it to the police.', flagged: [] },
  { language: 'en', code: 'We are authorised and regulated by the Financial Conduct Authority.', flagged: [] },
  {
    language: 'en',
    code: 'Someone with power of attorney can call us. You can also contact your state Attorney General.',
    flagged: [],
  },
  {
    language: 'en',
    code: 'I am a solicitor at {{collector.name}}; our legal team acts for {{creditor.name}}.',
    frontMatter: LAW_FIRM,
    flagged: [],
  },
  { language: 'es', code: 'Firma del representante legal. Aviso legal: Acme SAC.', flagged: [] },
  { language: 'es', code: 'Si lo desea, consulte con su abogado. Quejas: CONDUSEF, 55 5340 0999.', flagged: [] },
  {
    language: 'es',
    code: 'Le escribe Laura Martín, abogada del despacho {{collector.name}}.',
    frontMatter: LAW_FIRM,
    flagged: [],
  },
  { language: 'pt', code: 'Notificação extrajudicial de cobrança. Assinado pelo representante legal.', flagged: [] },
  { language: 'pt', code: 'Somos uma instituição autorizada pelo Banco Central.', flagged: [] },
  {
    language: 'pt',
    code: 'Sou advogada do escritório {{collector.name}}, em nome da {{creditor.name}}.',
    frontMatter: LAW_FIRM,
    flagged: [],
  },
  // The creditor really is the public body: a municipality collecting its own tax is not impersonating it.
  {
    language: 'pt',
    code: 'Aqui é a Prefeitura de Campinas: o IPTU está em aberto.',
    frontMatter: { creditor: { name: 'Prefeitura Municipal de Campinas' } },
    flagged: [],
  },
  { language: 'es', code: 'Le escribe el Área de Localización de {{creditor.name}}.', flagged: [] },
];

describe(RULE, () => {
  it('is registered as an error-level tone rule for en, es and pt', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('tone');
    expect(rule.meta.severity).toBe('error');
    expect(rule.meta.legal?.length).toBeGreaterThan(0);
  });

  itReportsExactly(RULE, invalid, valid);

  it('still reports a public body that is not the creditor', () => {
    const text = templateOf({ language: 'pt', code: 'Aqui é a Prefeitura de Campinas: o débito está em aberto.' });
    expect(diagnosticsOf(RULE, text).map((d) => text.slice(d.offset, d.endOffset))).toEqual(['Aqui é a Prefeitura']);
  });

  it('suggests naming a real team instead of a "Legal Department"', () => {
    const cases = [
      {
        language: 'en',
        code: 'This is Brian from the Legal Department at {{creditor.name}}.',
        out: 'from the accounts team at',
      },
      {
        language: 'es',
        code: 'Le escribe Sergio, del Departamento Jurídico de {{creditor.name}}.',
        out: 'del área de cobranzas de',
      },
      {
        language: 'pt',
        code: 'Aqui é o Henrique, do Departamento Jurídico da {{creditor.name}}.',
        out: 'do setor de cobrança da',
      },
    ] as const;
    for (const c of cases) {
      const text = templateOf(c);
      const [d] = diagnosticsOf(RULE, text);
      const suggestion = d!.suggestions?.[0];
      expect(suggestion).toBeDefined();
      const { output } = applyFixes(text, [suggestion!.fix]);
      expect(output).toContain(c.out);
      expect(diagnosticsOf(RULE, output)).toEqual([]);
    }
  });
});
