import { describe, expect, it } from 'vitest';
import { describeRule, diagnosticsOf, templateOf } from './required-content-helpers.js';

const ID = 'require-creditor-identification';
const agency = { collector: { name: 'Summit Account Services, LLC', kind: 'agency' } };

describeRule(ID, {
  valid: [
    { name: 'creditor placeholder', code: 'Hi {{debtor_name}}, this is Ana from {{creditor.name}}.' },
    { name: 'literal name, other case and no legal form', code: 'Hi {{debtor_name}}, this is Ana from ACME finance.' },
    {
      name: 'agency names itself and the creditor',
      code: 'This is Kim from {{collector.name}}, on behalf of {{creditor.name}}.',
      frontMatter: agency,
    },
    {
      name: 'an agency asking a third party for a way to reach the debtor names no one (FDCPA §1692b(1))',
      code: 'Hello, this is Kim. We are trying to reach {{debtor_name}} about a personal matter. If this is not their number, reply WRONG.',
      frontMatter: { ...agency, recipient: 'third-party' },
    },
    {
      name: 'agency named literally',
      code: 'Summit Account Services writes on behalf of Acme Finance.',
      frontMatter: agency,
    },
    {
      name: 'GB needs no tax id',
      code: 'Hi {{debtor_name}}, this is Tom from {{creditor.name}}.',
      frontMatter: { jurisdiction: 'GB', locale: 'en-GB' },
    },
    {
      name: 'RUC placeholder',
      language: 'es',
      code: 'Le escribe Ana, de {{creditor.name}} (RUC {{creditor.tax_id}}).',
    },
    {
      name: 'RUC literal, accents ignored',
      language: 'es',
      code: 'Le escribe Ana, de ACME FINANZAS (RUC 20123456789).',
    },
    { name: 'tax id digits alone', language: 'es', code: 'Le escribe Ana, de {{creditor.name}} — 20123456789.' },
    {
      name: 'MX needs no tax id',
      language: 'es',
      code: 'Le escribe Ana, de {{creditor.name}}.',
      frontMatter: { jurisdiction: 'MX', locale: 'es-MX' },
    },
    {
      name: 'CNPJ placeholder',
      language: 'pt',
      code: 'Aqui é a Ana, da {{creditor.name}} (CNPJ {{creditor.tax_id}}).',
    },
    {
      name: 'CNPJ literal and name without Ltda',
      language: 'pt',
      code: 'Aqui é a Ana, da Acme Financas (CNPJ 12.345.678/0001-90).',
    },
    {
      name: 'BR subdivision, CPF',
      language: 'pt',
      code: 'Aqui é a Ana, da {{creditor.name}}, CPF 123.456.789-09.',
      frontMatter: { jurisdiction: 'BR-SP' },
    },
  ],
  invalid: [
    {
      name: 'a creditor writing to a third party still says who it is',
      code: 'Hello, we are trying to reach {{debtor_name}} about a personal matter. Please call {{contact.phone}}.',
      frontMatter: { recipient: 'third-party' },
    },
    {
      name: 'no creditor at all',
      code: 'Hi {{debtor_name}}, your account is overdue. Kind regards, Customer Accounts',
      messageIds: ['missingCreditor'],
      suggestionFixes: true,
      suggestionIncludes: '{{creditor.name}}',
    },
    {
      name: 'another company named',
      code: 'Hi {{debtor_name}}, this is Ana from Acme Travel Group.',
      messageIds: ['missingCreditor'],
    },
    {
      name: 'agency never named',
      code: '{{creditor.name}} would like to remind you about your account.',
      frontMatter: agency,
      messageIds: ['missingCollector'],
      suggestionFixes: true,
      suggestionIncludes: '{{collector.name}}',
    },
    {
      name: 'law firm never named',
      code: 'Hi {{debtor_name}}, {{creditor.name}} asks you to call us.',
      frontMatter: { collector: { name: 'Hale & Co Solicitors', kind: 'law-firm' } },
      messageIds: ['missingCollector'],
    },
    {
      name: 'PE without RUC',
      language: 'es',
      code: '{{creditor.name}} le saluda cordialmente.',
      messageIds: ['missingTaxId'],
      suggestionFixes: true,
      suggestionIncludes: 'RUC {{creditor.tax_id}}',
    },
    {
      name: 'PE, no creditor and no RUC',
      language: 'es',
      code: 'Estimado/a {{debtor_name}}: este mensaje es un recordatorio.',
      messageIds: ['missingCreditor'],
      suggestionFixes: true,
      suggestionIncludes: 'RUC',
    },
    {
      name: 'BR without CNPJ',
      language: 'pt',
      code: '{{creditor.name}} informa: este é um lembrete sobre a sua conta.',
      messageIds: ['missingTaxId'],
      suggestionFixes: true,
      suggestionIncludes: 'CNPJ {{creditor.tax_id}}',
    },
    {
      name: 'BR, CNPJ word without number',
      language: 'pt',
      code: 'Aqui é a Ana, da {{creditor.name}}. Informe seu CNPJ para atendimento.',
      messageIds: ['missingTaxId'],
    },
    {
      name: 'BR, no tax_id in front matter: fills a blank',
      language: 'pt',
      code: 'Aqui é a Ana, da {{creditor.name}}.',
      frontMatter: { creditor: { name: 'Acme Finanças Ltda' } },
      messageIds: ['missingTaxId'],
      suggestionIncludes: 'CNPJ [00.000.000/0000-00]',
    },
  ],
});

describe(`${ID}: placement`, () => {
  it('reports a missing tax id on the creditor name and inserts it right after', () => {
    const text = templateOf({ language: 'pt', code: 'Olá! Aqui é a Ana, da {{creditor.name}}.' });
    const [d] = diagnosticsOf(ID, text);
    expect(text.slice(d!.offset, d!.endOffset)).toBe('{{creditor.name}}');
    expect(d!.suggestions![0]!.fix).toEqual({
      range: [d!.endOffset, d!.endOffset],
      text: ' (CNPJ {{creditor.tax_id}})',
    });
  });
});
