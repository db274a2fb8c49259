import { describe, expect, it } from 'vitest';
import { looksLikePersonName } from '../../packages/core/src/content/names.js';
import { describeRule } from './required-content-helpers.js';

const vars = (v: Record<string, unknown>): Record<string, unknown> => ({ variables: v });

describeRule('require-personalization', {
  valid: [
    { name: 'debtor_name', code: 'Hi {{debtor_name}}, this is Ana.' },
    {
      name: 'first_name',
      code: 'Hi {{first_name}}!',
      frontMatter: vars({ first_name: { type: 'string', sample: 'S' } }),
    },
    {
      name: 'camelCase customerName',
      code: 'Hi {{customerName}}!',
      frontMatter: vars({ customerName: { type: 'string', sample: 'S' } }),
    },
    {
      name: 'name used in the identity question',
      code: 'Hello, is this {{debtor_name}}?',
      frontMatter: { stage: 'first-contact' },
    },
    {
      name: 'third party is exempt',
      code: 'Hello, we are trying to reach someone.',
      frontMatter: { recipient: 'third-party', variables: null },
    },
    {
      name: 'nombre',
      language: 'es',
      code: 'Hola, {{nombre}}.',
      frontMatter: vars({ nombre: { type: 'string', sample: 'Ana' } }),
    },
    {
      name: 'nome_cliente',
      language: 'pt',
      code: 'Olá, {{nome_cliente}}!',
      frontMatter: vars({ nome_cliente: { type: 'string', sample: 'Ana' } }),
    },
  ],
  invalid: [
    {
      name: 'no name placeholder',
      code: '{{creditor.name}} would like to remind you about your account.',
      frontMatter: { variables: null },
      messageIds: ['missing'],
      suggestionIncludes: 'Hi [name],',
    },
    {
      name: 'declared but not used',
      code: 'Dear customer, your bill is ready.',
      messageIds: ['unused'],
      suggestionFixes: true,
      suggestionIncludes: 'Hi {{debtor_name}},',
    },
    {
      name: 'agent name is not the debtor',
      code: 'This is {{agent_name}} from {{creditor.name}}.',
      frontMatter: vars({ agent_name: { type: 'string', sample: 'Ana' } }),
    },
    {
      name: 'a money variable is no name',
      code: 'Your {{name_amount}} is due.',
      frontMatter: vars({ name_amount: { type: 'money', sample: '$1' } }),
    },
    {
      name: 'sin nombre',
      language: 'es',
      code: '{{creditor.name}} le saluda cordialmente.',
      frontMatter: { variables: null },
      suggestionIncludes: 'Hola, [nombre]:',
    },
    {
      name: 'sem nome',
      language: 'pt',
      code: '{{creditor.name}} informa: este é um lembrete.',
      suggestionFixes: true,
      suggestionIncludes: 'Olá, {{debtor_name}}!',
    },
  ],
});

describe('person-name heuristic (data: nameVariables in the lexicons)', () => {
  it.each([
    ['debtor_name', true],
    ['firstName', true],
    ['nombre_cliente', true],
    ['nome', true],
    ['name', true],
    ['agent_name', false],
    ['creditor_name', false],
    ['atendente', false],
    ['amount', false],
  ])('%s -> %s', (name, expected) => {
    expect(looksLikePersonName(name)).toBe(expected);
  });
});
