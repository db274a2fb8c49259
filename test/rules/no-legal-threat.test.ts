/**
 * no-legal-threat: lawsuits, courts, garnishment, seizure, protesto and "legal action" presented as a
 * threat, in en/es/pt; a warning instead of an error when the front matter declares
 * `legal_action.intended: true`. Each invalid case lists the exact words reported (document slices).
 */
import { builtinRules } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, templateOf } from './required-content-helpers.js';
import { itReportsExactly, type PhraseCase as Case } from './phrase-cases.js';

const RULE = 'no-legal-threat';

const invalid: Case[] = [
  {
    language: 'en',
    code: 'Hi {{debtor_name}}, settle {{amount}} by Friday or we will sue.',
    flagged: ['or we will sue'],
  },
  {
    language: 'en',
    code: 'Your file is being passed to our solicitors for recovery.',
    flagged: ['passed to our solicitors'],
  },
  {
    language: 'en',
    code: 'We may ask the court for an attachment of earnings order.',
    flagged: ['ask the court', 'attachment of earnings'],
  },
  { language: 'en', code: 'Your van will be repossessed next week.', flagged: ['repossessed'] },
  {
    language: 'en',
    code: 'Don’t make us take legal action, {{debtor_name}}.',
    flagged: ['Don’t make us take legal action'],
  },
  {
    language: 'en',
    code: 'Without further notice, legal proceedings will begin.',
    flagged: ['Without further notice, legal proceedings'],
  },
  { language: 'es', code: 'Hola {{debtor_name}}, lo demandaremos si no paga.', flagged: ['demandaremos'] },
  { language: 'es', code: 'Procederemos al embargo de su cuenta sueldo.', flagged: ['embargo'] },
  {
    language: 'es',
    code: 'Su expediente será remitido a nuestro despacho de abogados.',
    flagged: ['será remitido a nuestro despacho de abogados'],
  },
  {
    language: 'es',
    code: 'Sin previo aviso iniciaremos un juicio ejecutivo.',
    flagged: ['Sin previo aviso iniciaremos un juicio'],
  },
  {
    language: 'es',
    code: 'No ignore este mensaje o pasaremos su caso a cobro judicial.',
    flagged: ['o pasaremos su caso a cobro judicial'],
  },
  { language: 'pt', code: 'Olá {{debtor_name}}, vamos protestar o título amanhã.', flagged: ['protestar'] },
  { language: 'pt', code: 'Seu salário pode ser penhorado.', flagged: ['penhorado'] },
  {
    language: 'pt',
    code: 'Caso não pague, tomaremos as medidas cabíveis.',
    flagged: ['tomaremos as medidas cabíveis'],
  },
  { language: 'pt', code: 'Vamos entrar na Justiça contra você.', flagged: ['entrar na Justiça'] },
  { language: 'pt', code: 'Faremos a busca e apreensão do veículo.', flagged: ['busca e apreensão'] },
];

const valid: Case[] = [
  { language: 'en', code: 'We will not take legal action while your payment plan is active.', flagged: [] },
  {
    language: 'en',
    code: 'Please confirm your legal name. Legal notice: Acme Finance is registered in England.',
    flagged: [],
  },
  { language: 'en', code: 'Hi Sue, this is Acme. Seize the chance to settle with 30% off.', flagged: [] },
  { language: 'en', code: 'Your account may be reported to credit bureaus as your contract says.', flagged: [] },
  { language: 'en', code: 'If you are facing eviction, Shelter can give free advice.', flagged: [] },
  { language: 'es', code: 'Sin embargo, podemos ofrecerle un plan. A nuestro juicio es la mejor opción.', flagged: [] },
  { language: 'es', code: 'Debido a la alta demanda, la respuesta puede tardar. Aviso legal: Acme SAC.', flagged: [] },
  { language: 'es', code: 'Un reporte negativo podría afectar su acceso a créditos.', flagged: [] },
  { language: 'pt', code: 'Seu pagamento será processado em até 2 dias úteis.', flagged: [] },
  {
    language: 'pt',
    code: 'O não pagamento poderá levar à inclusão em cadastro de proteção ao crédito, após notificação prévia.',
    flagged: [],
  },
  { language: 'pt', code: 'Por favor, adote as medidas cabíveis para conduzir este pagamento.', flagged: [] },
  { language: 'pt', code: 'Não enviaremos seu título a protesto enquanto o acordo estiver em dia.', flagged: [] },
];

describe(RULE, () => {
  it('is registered as an error-level tone rule for en, es and pt', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('tone');
    expect(rule.meta.severity).toBe('error');
    expect(rule.meta.legal?.length).toBeGreaterThan(0);
  });

  itReportsExactly(RULE, invalid, valid);

  it('is an error when no legal step is declared', () => {
    const found = diagnosticsOf(RULE, templateOf({ language: 'en', code: 'We will take you to court.' }));
    expect(found.map((d) => d.severity)).toEqual([2]);
  });

  it('is only a warning when the front matter declares legal_action.intended: true', () => {
    for (const language of ['en', 'es', 'pt'] as const) {
      const code = {
        en: 'If we cannot agree a plan, we will start court proceedings.',
        es: 'Si no llegamos a un acuerdo, iniciaremos un proceso judicial.',
        pt: 'Se não houver acordo, entraremos com uma ação judicial.',
      }[language];
      const text = templateOf({ language, code, frontMatter: { legal_action: { intended: true, reference: 'R-1' } } });
      const found = diagnosticsOf(RULE, text);
      expect(found.length, code).toBeGreaterThan(0);
      expect(found.every((d) => d.severity === 1)).toBe(true);
    }
  });

  it('stays an error when legal_action.intended is not true', () => {
    const text = templateOf({
      language: 'en',
      code: 'We will start court proceedings.',
      frontMatter: { legal_action: { intended: false } },
    });
    expect(diagnosticsOf(RULE, text).map((d) => d.severity)).toEqual([2]);
  });
});
